"""A Flower DefaultWorkflow that can start at a later round (resume) and reports halted rounds.

Flower's `DefaultWorkflow.__call__` always counts rounds from 1. A resumed run must continue at the
round after its last checkpoint with the same round numbers (SecAgg+ and the sites' seeds read
them), so this subclass runs rounds `first_round..num_rounds` and otherwise does what Flower does.
"""

from __future__ import annotations

import timeit

from flwr.app import ConfigRecord, Context
from flwr.compat.server.typing import Workflow
from flwr.server.compat import LegacyContext
from flwr.server.compat.app_utils import start_update_client_manager_thread
from flwr.server.workflow import DefaultWorkflow
from flwr.server.workflow.constant import MAIN_CONFIGS_RECORD, Key
from flwr.server.workflow.default_workflows import (
    default_centralized_evaluation_workflow,
    default_init_params_workflow,
)
from flwr.serverapp import Grid


class ResumableWorkflow(DefaultWorkflow):
    """DefaultWorkflow whose round loop starts at `first_round`."""

    def __init__(
        self,
        first_round: int = 1,
        fit_workflow: Workflow | None = None,
        evaluate_workflow: Workflow | None = None,
    ) -> None:
        if first_round < 1:
            raise ValueError(f"first_round must be >= 1, got {first_round}")
        super().__init__(fit_workflow=fit_workflow, evaluate_workflow=evaluate_workflow)
        self.first_round = first_round

    def __call__(self, grid: Grid, context: Context) -> None:
        if not isinstance(context, LegacyContext):
            raise TypeError(f"expected a LegacyContext, got {type(context).__name__}")
        thread, f_stop, c_done = start_update_client_manager_thread(grid, context.client_manager)
        c_done.wait()
        try:
            default_init_params_workflow(grid, context)
            cfg = ConfigRecord()
            cfg[Key.START_TIME] = timeit.default_timer()
            context.state.config_records[MAIN_CONFIGS_RECORD] = cfg
            for current_round in range(self.first_round, context.config.num_rounds + 1):
                cfg[Key.CURRENT_ROUND] = current_round
                self.fit_workflow(grid, context)
                default_centralized_evaluation_workflow(grid, context)
                self.evaluate_workflow(grid, context)
        finally:
            f_stop.set()
            thread.join()
