import { API_BASE_URL, ApiError, authToken } from '../../../lib';
import { filenameFrom } from '../dashboard-data';

/**
 * Downloads `GET /api/dashboards/overview.csv` for `query` as the server wrote it (bytes, BOM
 * and filename untouched): fetched with the session's token, saved through a temporary link.
 */
export async function downloadOverviewCsv(
  query: Record<string, string>,
  fallbackName: string,
): Promise<void> {
  const token = authToken.get();
  const response = await fetch(
    `${API_BASE_URL}/dashboards/overview.csv?${new URLSearchParams(query).toString()}`,
    { headers: token === null ? {} : { Authorization: `Bearer ${token}` } },
  );
  if (!response.ok) throw new ApiError(response.status, [response.statusText]);
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = filenameFrom(response.headers.get('content-disposition'), fallbackName);
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    // Give the browser a moment to start the download before the URL goes.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}
