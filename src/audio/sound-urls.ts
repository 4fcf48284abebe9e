// The sound files as URLs the build emits (hashed, same origin). Importing
// this module downloads nothing: the files are fetched on first play.
import block from '../../assets/sounds/block.wav?url';
import debrief from '../../assets/sounds/debrief.wav?url';
import flag from '../../assets/sounds/flag.wav?url';
import messageReceived from '../../assets/sounds/message-received.wav?url';
import messageSent from '../../assets/sounds/message-sent.wav?url';
import type { SoundName } from './sound-names';

export const SOUND_URLS: Readonly<Record<SoundName, string>> = {
  'message-received': messageReceived,
  'message-sent': messageSent,
  flag,
  block,
  debrief,
};
