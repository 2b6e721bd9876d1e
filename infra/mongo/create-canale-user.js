// Runs once, on the first start with an empty data volume (docker-entrypoint-initdb.d), as the root user:
// creates the backend's own user with the least privilege it needs, readWrite on the canale database only
// (documents and indexes; no user, role or cluster administration, no other database).
db.getSiblingDB('canale').createUser({
  user: process.env.CANALE_MONGO_USERNAME,
  pwd: process.env.CANALE_MONGO_PASSWORD,
  roles: [{role: 'readWrite', db: 'canale'}],
});
