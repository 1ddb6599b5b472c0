#!/usr/bin/env bash
# The GPU checks of bench/README.md ("DP step on a 20b-width slice"), in one run on a machine
# with an NVIDIA GPU and a CUDA build of torch. Each configuration of bench/gpu_step.py runs in
# its own process under a time limit; summaries go to OUT (default ./gpu-check), one JSON file
# each, and the whole log to OUT/log.txt.
#
#   bash bench/gpu_check.sh [OUT]
#
# Where the machine lacks this project's Python packages, put their wheels in .whl/ (transformers,
# tokenizers, peft, opacus, pydicom, regex at pyproject.toml's pins): they are installed into a
# private folder first and nothing else on the machine changes.
set -u
OUT=${1:-${OUT:-gpu-check}}
mkdir -p "$OUT"
PY=${PYTHON:-python3}
export PYTHONUNBUFFERED=1 TOKENIZERS_PARALLELISM=false
if compgen -G ".whl/*.whl" >/dev/null; then
  $PY -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade \
    --target /tmp/medfed-site .whl/*.whl || exit 3
  export PYTHONPATH=/tmp/medfed-site${PYTHONPATH:+:$PYTHONPATH}
fi
{
  nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader
  $PY -c "import torch, transformers, peft, opacus; print('torch', torch.__version__, \
'transformers', transformers.__version__, 'peft', peft.__version__, 'opacus', opacus.__version__)"
} 2>&1 | tee "$OUT/log.txt"

status=0
run() {  # NAME SECONDS ARGS...
  local name=$1 limit=$2
  shift 2
  echo "== $name: bench/gpu_step.py $*" | tee -a "$OUT/log.txt"
  local t0=$SECONDS
  timeout "$limit" $PY bench/gpu_step.py "$@" --json-out "$OUT/$name.json" 2>&1 \
    | grep -v "Warning\|warnings.warn" | tee -a "$OUT/log.txt"
  local rc=${PIPESTATUS[0]}
  echo "== $name: exit $rc after $((SECONDS - t0)) s" | tee -a "$OUT/log.txt"
  [ "$rc" = 0 ] || status=1
}
# Flex attention (what a site trains with on CUDA) against eager: the same losses and gradients?
echo "== attention: bench/gpu_attention_check.py" | tee -a "$OUT/log.txt"
timeout 120 $PY bench/gpu_attention_check.py --json-out "$OUT/attention.json" 2>&1 \
  | grep -v "Warning\|warnings.warn" | tee -a "$OUT/log.txt"
[ "${PIPESTATUS[0]}" = 0 ] || status=1
# The slice at the default length: eager (the attention the model is built with) against flex
# (what a site sets on CUDA).
run slice-eager 90 --layers 2 --tokens 1024 --batch 4 --attention eager
run slice-flex 120 --layers 2 --tokens 1024 --batch 4
attention=flex
[ -s "$OUT/slice-flex.json" ] && ! grep -q _failed "$OUT/slice-flex.json" || attention=eager
# The whole 20b (24 layers) in the real curriculum's instruction-stage shape (4096 tokens,
# micro-batches of 2, checkpointing), then one 8192-token sample (the long-context length).
run full-instruction 170 --layers 24 --tokens 4096 --batch 4 --micro-batch 2 --checkpointing \
  --steps 3 --attention $attention
run full-8192 120 --layers 24 --tokens 8192 --batch 1 --checkpointing --steps 2 --warmup 1 \
  --attention $attention
exit $status
