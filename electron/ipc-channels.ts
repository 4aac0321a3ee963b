/**
 * Names of the IPC channels between preload and main. Kept apart from the argument schemas so that the
 * sandboxed preload bundle does not carry zod.
 */
export const IPC_CHANNELS = {
  openFile: 'speechdesk:open-file',
  saveFile: 'speechdesk:save-file',
  printToPdf: 'speechdesk:print-to-pdf',
  unsyncedChanges: 'speechdesk:unsynced-changes',
  openTeamWindow: 'speechdesk:open-team-window',
} as const;
