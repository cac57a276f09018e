import { useCallback, useEffect, useRef, useState } from 'react';
import { saveAssessmentDraftOnExit, useSaveAssessmentDraft } from '../api/save-assessment-draft';
import type { DraftAnswers } from '../answers';

/** How long after the last change the draft is saved. */
export const AUTOSAVE_DELAY_MS = 1200;

export type DraftSaveState = 'idle' | 'unsaved' | 'saving' | 'saved' | 'error';

export interface DraftAutosave {
  state: DraftSaveState;
  /** When the server last stored the draft (ISO), if ever. */
  savedAt: string | null;
  error: Error | null;
  /** Saves now if anything changed (e.g. on a step change); resolves when that save settles. */
  flush: () => Promise<void>;
  /** Stops saving (before submitting, which clears the draft on the server) once idle. */
  pause: () => Promise<void>;
  /** Saves again after `pause()` (the submission failed). */
  resume: () => void;
  /** Tells the hook the server now holds `answers` (e.g. after discarding the draft). */
  markSaved: (answers: DraftAnswers, savedAt: string | null) => void;
}

/**
 * Saves the wizard's answers as the SME's draft: debounced after each change, at once on
 * `flush()`, when the wizard closes and when the page is closed or reloaded. One request at a time, always with the newest answers,
 * so a slow earlier save can never overwrite a later one.
 */
export function useDraftAutosave(
  answers: DraftAnswers,
  initialSavedAt: string | null,
  initialAnswers: DraftAnswers,
): DraftAutosave {
  const { mutateAsync } = useSaveAssessmentDraft();
  const json = JSON.stringify(answers);
  const [savedJson, setSavedJson] = useState(() => JSON.stringify(initialAnswers));
  const [savedAt, setSavedAt] = useState(initialSavedAt);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<Error | null>(null);

  const latest = useRef({ answers, json });
  const lastSaved = useRef(savedJson);
  const inFlight = useRef<Promise<void> | null>(null);
  const stopped = useRef(false);

  useEffect(() => {
    latest.current = { answers, json };
  }, [answers, json]);

  const flush = useCallback(async (): Promise<void> => {
    // Wait for a save in progress, then save again only if something changed meanwhile.
    while (inFlight.current) await inFlight.current;
    if (stopped.current || latest.current.json === lastSaved.current) return;
    const { answers: toSave, json: toSaveJson } = latest.current;
    setSaving(true);
    const request = mutateAsync(toSave).then(
      (draft) => {
        lastSaved.current = toSaveJson;
        setSavedJson(toSaveJson);
        setSavedAt(draft.updatedAt);
        setError(null);
      },
      (reason: unknown) => {
        setError(reason instanceof Error ? reason : new Error(String(reason)));
      },
    );
    inFlight.current = request.finally(() => {
      inFlight.current = null;
      setSaving(false);
    });
    await inFlight.current;
  }, [mutateAsync]);

  // Debounced save after each change.
  useEffect(() => {
    if (json === lastSaved.current) return;
    const timer = window.setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [json, flush]);

  // Closing or reloading the page: a last save that outlives it.
  useEffect(() => {
    const onPageHide = () => {
      if (stopped.current || latest.current.json === lastSaved.current) return;
      saveAssessmentDraftOnExit(latest.current.answers);
    };
    window.addEventListener('pagehide', onPageHide);
    return () => window.removeEventListener('pagehide', onPageHide);
  }, []);

  // Whatever is unsaved when the wizard closes (navigating away in the app) is saved then.
  useEffect(() => () => void flush(), [flush]);

  const pause = useCallback(async () => {
    while (inFlight.current) await inFlight.current;
    stopped.current = true;
  }, []);

  const resume = useCallback(() => {
    stopped.current = false;
  }, []);

  const markSaved = useCallback((next: DraftAnswers, at: string | null) => {
    const nextJson = JSON.stringify(next);
    lastSaved.current = nextJson;
    latest.current = { answers: next, json: nextJson };
    setSavedJson(nextJson);
    setSavedAt(at);
    setError(null);
  }, []);

  let state: DraftSaveState;
  if (saving) state = 'saving';
  else if (error && json !== savedJson) state = 'error';
  else if (json !== savedJson) state = 'unsaved';
  else state = savedAt ? 'saved' : 'idle';

  return { state, savedAt, error, flush, pause, resume, markSaved };
}
