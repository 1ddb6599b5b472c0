"""The consortium coordinator: Flower ServerApp, curriculum scheduling, aggregation, checkpoints."""
