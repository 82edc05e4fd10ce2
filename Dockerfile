# Build: docker build -t silta .
# Run:   docker run -p 8080:8080 -v silta-data:/var/lib/silta silta
FROM rust:1-bookworm AS build
RUN apt-get update && apt-get install -y --no-install-recommends libpq-dev && rm -rf /var/lib/apt/lists/*
WORKDIR /src
# Dependencies first, so source changes do not rebuild them.
COPY Cargo.toml Cargo.lock ./
COPY .cargo .cargo
RUN mkdir src && echo 'fn main() {}' > src/main.rs && touch src/lib.rs \
    && cargo build --release --locked || true
COPY . .
RUN touch src/main.rs src/lib.rs && cargo build --release --locked --bin silta

FROM debian:bookworm-slim
RUN apt-get update \
    && apt-get install -y --no-install-recommends libpq5 ca-certificates curl \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home-dir /var/lib/silta --shell /usr/sbin/nologin silta \
    && mkdir -p /var/lib/silta && chown silta:silta /var/lib/silta
COPY --from=build /src/target/release/silta /usr/local/bin/silta
USER silta
ENV SILTA_BIND=0.0.0.0:8080 \
    SILTA_DATA_DIR=/var/lib/silta \
    SILTA_LOG_FORMAT=json
VOLUME ["/var/lib/silta"]
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s \
    CMD curl -fsS http://127.0.0.1:8080/healthz || exit 1
STOPSIGNAL SIGTERM
ENTRYPOINT ["silta"]
CMD ["serve"]
