/** Waits for a Meilisearch task (as the `meilisearch` client enqueues it) and throws unless it succeeded. */
export async function taskOk(task: {
  waitTask: (o?: {
    timeout?: number;
  }) => Promise<{ status: string; error?: { message: string } | null }>;
}): Promise<void> {
  const done = await task.waitTask({ timeout: 120_000 });
  if (done.status !== 'succeeded')
    throw new Error(`task ${done.status}: ${done.error?.message ?? ''}`);
}
