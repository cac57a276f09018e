import { isTokenUsable, readJwtExpiry } from './jwt';

/** Why a session ended: the user signed out, the token expired/was refused, or none existed. */
export type SessionEndReason = 'logout' | 'expired' | 'required';

type TokenListener = () => void;
type SessionEndListener = (reason: SessionEndReason) => void;

export interface AuthTokenStore {
  /**
   * The current access token, or null when signed out. Pure, so React can use it as a snapshot:
   * a token found expired on load is dropped at once, one that expires later by a timer.
   */
  get: () => string | null;
  set: (token: string) => void;
  /** Drops the token and tells session-end listeners why. */
  end: (reason: SessionEndReason) => void;
  /** The reason the last session ended, until a new token is set. */
  lastEndReason: () => SessionEndReason | null;
  subscribe: (listener: TokenListener) => () => void;
  onSessionEnd: (listener: SessionEndListener) => () => void;
}

const STORAGE_KEY = 'toolbox.accessToken';
/** setTimeout cannot wait longer than ~24.8 days. */
const MAX_TIMEOUT_MS = 2_147_483_647;

function browserStorage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

export function createAuthTokenStore(storage: Storage | null = browserStorage()): AuthTokenStore {
  const tokenListeners = new Set<TokenListener>();
  const endListeners = new Set<SessionEndListener>();
  let endReason: SessionEndReason | null = null;
  let expiryTimer: ReturnType<typeof setTimeout> | undefined;

  const read = (): string | null => {
    try {
      return storage?.getItem(STORAGE_KEY) ?? null;
    } catch {
      return null;
    }
  };
  const write = (value: string | null): void => {
    try {
      if (value === null) storage?.removeItem(STORAGE_KEY);
      else storage?.setItem(STORAGE_KEY, value);
    } catch {
      // Without storage the session lasts for this page only.
    }
  };

  let token: string | null = read();
  if (token !== null && !isTokenUsable(token)) {
    token = null;
    endReason = 'expired';
    write(null);
  }

  const notifyToken = (): void => tokenListeners.forEach((listener) => listener());

  const scheduleExpiry = (): void => {
    clearTimeout(expiryTimer);
    expiryTimer = undefined;
    if (token === null || typeof window === 'undefined') return;
    const exp = readJwtExpiry(token);
    if (typeof exp !== 'number') return;
    const delay = Math.min(Math.max(exp * 1000 - Date.now(), 0), MAX_TIMEOUT_MS);
    expiryTimer = setTimeout(() => {
      if (token !== null && !isTokenUsable(token)) store.end('expired');
      else scheduleExpiry();
    }, delay);
  };

  const store: AuthTokenStore = {
    get: () => token,
    set(next) {
      token = next;
      endReason = null;
      write(next);
      scheduleExpiry();
      notifyToken();
    },
    end(reason) {
      const hadToken = token !== null;
      token = null;
      endReason = reason;
      write(null);
      scheduleExpiry();
      if (hadToken) notifyToken();
      endListeners.forEach((listener) => listener(reason));
    },
    lastEndReason: () => endReason,
    subscribe(listener) {
      tokenListeners.add(listener);
      return () => tokenListeners.delete(listener);
    },
    onSessionEnd(listener) {
      endListeners.add(listener);
      return () => endListeners.delete(listener);
    },
  };

  scheduleExpiry();

  // Another tab signed in or out: follow it.
  if (typeof window !== 'undefined') {
    window.addEventListener('storage', (event) => {
      if (event.key !== STORAGE_KEY) return;
      const next = event.newValue !== null && isTokenUsable(event.newValue) ? event.newValue : null;
      if (next === token) return;
      token = next;
      endReason = next === null ? 'logout' : null;
      scheduleExpiry();
      notifyToken();
    });
  }

  return store;
}

/** The app-wide token store (localStorage-backed). */
export const authToken: AuthTokenStore = createAuthTokenStore();
