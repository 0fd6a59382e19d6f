-- A re-issued link's token is made by the server from its own randomness (`reissue_salt`) and
-- the device's request key, whose hash is kept (`request_hash`): the same request is answered
-- with the same new link, and a device that never heard the answer can still claim it with
-- its old link and that key. The request key itself is never stored, nor the token.
ALTER TABLE "seat" ADD COLUMN "replaces_seat_id" UUID;
ALTER TABLE "seat" ADD COLUMN "request_hash" TEXT;
ALTER TABLE "seat" ADD COLUMN "reissue_salt" TEXT;

CREATE UNIQUE INDEX "seat_replaces_seat_id_key" ON "seat"("replaces_seat_id");
ALTER TABLE "seat" ADD CONSTRAINT "seat_replaces_seat_id_fkey" FOREIGN KEY ("replaces_seat_id") REFERENCES "seat"("id") ON DELETE SET NULL ON UPDATE CASCADE;
