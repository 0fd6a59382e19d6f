-- CreateEnum
CREATE TYPE "SeatRole" AS ENUM ('partnerA', 'partnerB', 'observer');

-- CreateEnum
CREATE TYPE "SessionKind" AS ENUM ('first', 'followUp');

-- CreateTable
CREATE TABLE "room" (
    "id" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "partner_a_name" TEXT NOT NULL,
    "partner_b_name" TEXT NOT NULL,
    "last_seq" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "room_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "seat" (
    "id" UUID NOT NULL,
    "room_id" TEXT NOT NULL,
    "role" "SeatRole" NOT NULL,
    "token_hash" TEXT NOT NULL,
    "issued_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revoked_at" TIMESTAMPTZ(3),

    CONSTRAINT "seat_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "session" (
    "id" UUID NOT NULL,
    "room_id" TEXT NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "kind" "SessionKind" NOT NULL,
    "phase" TEXT NOT NULL,
    "opened_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closed_at" TIMESTAMPTZ(3),

    CONSTRAINT "session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "event" (
    "room_id" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "session_id" UUID,
    "actor_seat_id" UUID,
    "type" TEXT NOT NULL,
    "payload" JSONB NOT NULL DEFAULT '{}',
    "action_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "event_pkey" PRIMARY KEY ("room_id","seq")
);

-- CreateTable
CREATE TABLE "recap" (
    "id" UUID NOT NULL,
    "session_id" UUID NOT NULL,
    "content" JSONB NOT NULL,
    "draft_version" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "recap_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "observer_note" (
    "id" UUID NOT NULL,
    "session_id" UUID NOT NULL,
    "seat_id" UUID NOT NULL,
    "text" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "observer_note_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "seat_token_hash_key" ON "seat"("token_hash");

-- CreateIndex
CREATE INDEX "seat_room_id_role_idx" ON "seat"("room_id", "role");

-- CreateIndex
CREATE UNIQUE INDEX "session_room_id_ordinal_key" ON "session"("room_id", "ordinal");

-- CreateIndex
CREATE INDEX "event_session_id_idx" ON "event"("session_id");

-- CreateIndex
CREATE UNIQUE INDEX "event_room_id_action_id_key" ON "event"("room_id", "action_id");

-- CreateIndex
CREATE UNIQUE INDEX "recap_session_id_key" ON "recap"("session_id");

-- CreateIndex
CREATE INDEX "observer_note_session_id_idx" ON "observer_note"("session_id");

-- AddForeignKey
ALTER TABLE "seat" ADD CONSTRAINT "seat_room_id_fkey" FOREIGN KEY ("room_id") REFERENCES "room"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session" ADD CONSTRAINT "session_room_id_fkey" FOREIGN KEY ("room_id") REFERENCES "room"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event" ADD CONSTRAINT "event_room_id_fkey" FOREIGN KEY ("room_id") REFERENCES "room"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event" ADD CONSTRAINT "event_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event" ADD CONSTRAINT "event_actor_seat_id_fkey" FOREIGN KEY ("actor_seat_id") REFERENCES "seat"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "recap" ADD CONSTRAINT "recap_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "observer_note" ADD CONSTRAINT "observer_note_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "observer_note" ADD CONSTRAINT "observer_note_seat_id_fkey" FOREIGN KEY ("seat_id") REFERENCES "seat"("id") ON DELETE CASCADE ON UPDATE CASCADE;
