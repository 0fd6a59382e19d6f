export { isSealed, parseSealed, sealedFits, sealedPrefix, type Owner, type SealedField } from "./envelope.js";
export { formatLinkSecret, hasSeatToken, keyPattern, parseLinkSecret, type LinkSecret, type RoomKeys } from "./keys.js";
export { newRoomKey } from "./seal.js";
export { sealedPaths, sealedSpots, wordsToSeal } from "./content.js";
export { RoomSealer, unopenedWords } from "./room-sealer.js";
