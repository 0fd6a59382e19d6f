-- An accepted action that changed nothing leaves no event to carry its actionId, yet a retry
-- must get the same answer as the first try: its receipt is kept here.
CREATE TABLE "action_receipt" (
    "room_id" TEXT NOT NULL,
    "action_id" TEXT NOT NULL,
    "seat_id" UUID,
    "seq" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "action_receipt_pkey" PRIMARY KEY ("room_id","action_id")
);

ALTER TABLE "action_receipt" ADD CONSTRAINT "action_receipt_room_id_fkey" FOREIGN KEY ("room_id") REFERENCES "room"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "action_receipt" ADD CONSTRAINT "action_receipt_seat_id_fkey" FOREIGN KEY ("seat_id") REFERENCES "seat"("id") ON DELETE CASCADE ON UPDATE CASCADE;
