/**
 * A centre turning a contact away for want of agents ("当前坐席全忙，请您稍后再试"): chat system
 * notices and IVR prompts use a small vocabulary. A contact that heard one and never reached an
 * agent was not connected (outcome `busy` / `no-answer`), not a failed script.
 */
const CENTRE_BUSY = /坐席(?:全|都)?(?:忙|繁忙|占线)|全忙|线路繁忙|稍后再(?:拨|试|来)|all\s*(?:of\s*our\s*)?agents\s*are\s*(?:currently\s*)?busy|try\s*again\s*later/iu;

export function isCentreBusyNotice(text: string): boolean {
  return CENTRE_BUSY.test(text.replace(/\s+/gu, ''));
}
