import { CaseLibrary } from '../features/cases';

/** 案例库 (public). */
export function CasesPage() {
  return <CaseLibrary />;
}
