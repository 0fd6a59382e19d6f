export { isSealed, sealedFits, type Owner, type SealedField } from "./envelope.js";
export { formatLinkSecret, linkWithKeys, parseLinkSecret, type LinkSecret, type RoomKeys } from "./keys.js";
export { newRoomKey } from "./seal.js";
export { RoomSealer, unopenedWords } from "./room-sealer.js";
