# One image for every service; the command names the service (see docker-compose.yml).
FROM node:24-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY . .
USER node
ENTRYPOINT ["npx", "tsx", "scripts/service.ts"]
