import { initI18n } from '../lib';

// Imported first by main.tsx: translations are ready before any module renders or reads them.
await initI18n();
