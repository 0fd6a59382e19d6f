/**
 * What tests share to act in a room, whatever carries the actions (the engine in memory, a
 * server's sockets, a browser test's sockets): one set of intent builders and one driver
 * that reads the room's state to take each partner's next step.
 */
export * from "./intents.js";
export * from "./autopilot.js";
export * from "./scripts.js";
