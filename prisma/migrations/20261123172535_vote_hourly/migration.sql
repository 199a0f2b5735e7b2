-- CreateTable
CREATE TABLE "vote_hourly" (
    "guild_id" VARCHAR(20) NOT NULL,
    "hour" INTEGER NOT NULL,
    "credited" INTEGER NOT NULL DEFAULT 0,
    "ad_blocker" INTEGER NOT NULL DEFAULT 0,
    "denied" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "vote_hourly_pkey" PRIMARY KEY ("guild_id","hour")
);


-- The votes planned so far (the reward job adds every later one as it plans it).
INSERT INTO "vote_hourly" ("guild_id", "hour", "credited", "ad_blocker", "denied")
SELECT "guild_id",
       floor(extract(epoch FROM "voted_at") / 3600)::int,
       count(*) FILTER (WHERE "credits_awarded" AND NOT "ad_blocker"),
       count(*) FILTER (WHERE "ad_blocker"),
       count(*) FILTER (WHERE NOT "credits_awarded" AND NOT "ad_blocker")
FROM "vote"
WHERE "planned_at" IS NOT NULL
GROUP BY 1, 2;
