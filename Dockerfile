# syntax=docker/dockerfile:1.7
# One image for every MedFed role: the SuperLink, the coordinator (operator CLI) and the site
# agents (SuperNodes). CPU build of torch; no torchvision (it breaks transformers on this torch).
#
#   docker build -t medfed:0.1.0 .
#   docker build -t medfed:0.1.0 --build-context wheels=/opt/wheels .   # torch from local wheels

# Local wheels, empty unless `--build-context wheels=DIR` replaces this stage.
FROM scratch AS wheels

FROM python:3.11-slim
ARG TORCH_VERSION=2.13.0
ARG TORCH_INDEX_URL=https://download.pytorch.org/whl/cpu
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    FLWR_DISABLE_RUNTIME_DEPENDENCY_INSTALLATION=1 \
    FLWR_HOME=/srv/medfed/flwr-home \
    HF_HOME=/tmp/hf \
    XDG_CACHE_HOME=/tmp/cache

# torch first, CPU build: from the wheel context when it has one, else the PyTorch CPU index
# (PyPI's Linux torch is a multi-GB CUDA build).
RUN --mount=type=bind,from=wheels,target=/wheels \
    pip install --find-links /wheels --index-url "${TORCH_INDEX_URL}" "torch==${TORCH_VERSION}"

WORKDIR /app
COPY . /app
# psycopg: the PostgreSQL driver for the consortium ledger and run store.
RUN pip install /app "psycopg[binary]==3.3.9" \
    && if python -c "import torchvision" 2>/dev/null; then \
         echo "torchvision must not be installed" >&2; exit 1; fi \
    && python -c "import torch, flwr, medfed; print('torch', torch.__version__)"

# A fixed non-root user; every directory a named volume is mounted on is created here, owned by
# it, so Docker initialises new volumes with that owner.
RUN useradd --uid 10001 --user-group --home-dir /srv/medfed --no-create-home medfed \
    && mkdir -p /srv/medfed/consortium /srv/medfed/bundles /srv/medfed/pki /srv/medfed/trust \
         /srv/medfed/state /srv/medfed/runs /srv/medfed/keys /srv/medfed/agent \
         /srv/medfed/data /srv/medfed/flwr-home \
    && chown -R medfed:medfed /srv/medfed \
    && chmod 0700 /srv/medfed/consortium /srv/medfed/keys /srv/medfed/state
USER medfed
WORKDIR /srv/medfed
CMD ["medfed", "--help"]
