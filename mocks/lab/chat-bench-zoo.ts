/**
 * The widget-zoo side of the chat benchmark: starts the zoo (mocks/widget-zoo) with its truth log
 * going to the benchmark's ground-truth file, and checks the page asked for exists, so a typo
 * fails at once with the list of pages instead of as 200 failed chats.
 */
import { startWidgetZoo } from '../widget-zoo/server.js';

export interface ZooTarget {
  /** The zoo's host origin: `{{centre}}` in the zoo's scenarios. */
  url: string;
  close(): Promise<void>;
}

export async function startZooTarget(page: string, truthPath: string, crossSite = false): Promise<ZooTarget> {
  const zoo = await startWidgetZoo({ truthLog: truthPath, ...(crossSite ? { widgetHost: 'localhost' } : {}) });
  if (!zoo.pages.some((p) => p.id === page)) {
    await zoo.close();
    throw new Error(`no widget-zoo page "${page}" (pages: ${zoo.pages.map((p) => p.id).join(', ')})`);
  }
  return { url: zoo.url, close: () => zoo.close() };
}
