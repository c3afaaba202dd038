-- Results of model training: metrics, not run tracking.
CREATE SCHEMA IF NOT EXISTS ml;
CREATE TABLE ml.training_runs (
    id          BIGSERIAL PRIMARY KEY,
    model_name  TEXT NOT NULL,
    dataset     TEXT NOT NULL,
    accuracy    DOUBLE PRECISION,
    loss        DOUBLE PRECISION,
    created_at  TIMESTAMPTZ DEFAULT now()
);
INSERT INTO ml.training_runs (model_name, dataset, accuracy, loss) VALUES ('baseline', 'v1', 0.5, 1.0);
CREATE TABLE orders (id BIGINT PRIMARY KEY, sku TEXT, status TEXT, created_at TIMESTAMPTZ);
