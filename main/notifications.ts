// Shows the core's notes (src/desktop/notes.ts) as desktop notifications.
import { Notification } from 'electron';
import type { Note } from '../src/desktop/notes.js';

export function showNotes(notes: Note[]): void {
  if (!Notification.isSupported()) return;
  for (const n of notes) new Notification({ title: n.title, body: n.body, silent: false }).show();
}
