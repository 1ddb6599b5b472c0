"""The coordinator's step from the sites' weighted-mean update to the next global model.

FedAvg adds the mean update as it is. A stage may scale it (`server_learning_rate`) and keep a
server momentum through its rounds (`server_momentum`, FedAvgM):

    v <- server_momentum * v + mean_update        (v = 0 at the stage's first round)
    w <- w + server_learning_rate * v

Both act on what the sites have already released under DP, so they change no site's eps: a
coordinator that chose other values could learn nothing more about a patient than those releases
allow. Under DP each round's update carries fresh noise and the signal it carries points the same
way from round to round, so v adds up the signal of about 1 / (1 - momentum) rounds while their
noise adds up only as a random walk.

The velocity v is part of the run's state: a checkpoint keeps it beside the model, so a run resumed
in the middle of a stage takes the same steps as one that never stopped.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from protocols.curriculum import Stage

State = dict[str, npt.NDArray[np.float32]]


class ServerStepError(ValueError):
    """A velocity that does not fit the stage's update (names or shapes), or is not finite."""


def _check_fits(
    velocity: Mapping[str, np.ndarray], update: Mapping[str, np.ndarray], differ: str, shaped: str
) -> None:
    """Refuse a velocity whose names or shapes are not the update's: "`differ` [first names]",
    or "server velocity 'k' has shape S, `shaped` T"."""
    if set(velocity) != set(update):
        raise ServerStepError(f"{differ} {sorted(set(update) ^ set(velocity))[:3]}")
    for k, u in update.items():
        if np.shape(velocity[k]) != np.shape(u):
            raise ServerStepError(
                f"server velocity {k!r} has shape {np.shape(velocity[k])}, {shaped} {np.shape(u)}"
            )


@dataclass
class ServerStep:
    learning_rate: float = 1.0
    momentum: float = 0.0
    velocity: State = field(default_factory=dict)

    @classmethod
    def for_stage(
        cls,
        stage: Stage,
        velocity: Mapping[str, np.ndarray] | None = None,
        template: Mapping[str, np.ndarray] | None = None,
    ) -> ServerStep:
        """The stage's step; `velocity`: where a resumed stage's momentum stood (None: zero),
        checked against `template` (the stage's update: names and shapes) when given."""
        step = cls(stage.server_learning_rate, stage.server_momentum)
        if velocity:
            if not stage.server_momentum:
                raise ServerStepError(
                    f"stage {stage.name!r} has no server momentum, but a velocity was given"
                )
            step.velocity = {k: np.asarray(v, dtype=np.float32).copy() for k, v in velocity.items()}
            for k, v in step.velocity.items():
                if not np.isfinite(v).all():
                    raise ServerStepError(f"server velocity {k!r} is not finite")
            if template is not None:
                _check_fits(
                    step.velocity, template,
                    f"server velocity does not fit stage {stage.name!r}: it differs from the "
                    "stage's update in",
                    f"stage {stage.name!r} updates",
                )  # fmt: skip
        return step

    @property
    def plain(self) -> bool:
        """FedAvg as it is: the mean update added once, nothing kept between rounds."""
        return self.learning_rate == 1.0 and self.momentum == 0.0

    def apply(
        self, state: Mapping[str, np.ndarray], mean_update: Mapping[str, np.ndarray]
    ) -> State:
        """The next state (a new dict; `state` is not changed) after one round's mean update of
        some of its arrays; the velocity moves on when the stage keeps one."""
        for k, d in mean_update.items():
            if k not in state or np.shape(state[k]) != np.shape(d):
                raise ServerStepError(f"update {k!r} does not fit the global state")
        move: Mapping[str, np.ndarray] = mean_update
        if self.momentum:
            if self.velocity:
                _check_fits(
                    self.velocity, mean_update, "server velocity and update differ in", "the update"
                )
            beta = np.float32(self.momentum)
            zero = not self.velocity
            self.velocity = {
                k: (np.asarray(d) if zero else beta * self.velocity[k] + d).astype(np.float32)
                for k, d in mean_update.items()
            }
            move = self.velocity
        lr = np.float32(self.learning_rate)
        out: State = dict(state)  # type: ignore[arg-type]
        for k, m in move.items():
            out[k] = (state[k] + lr * m).astype(np.float32)
        return out
