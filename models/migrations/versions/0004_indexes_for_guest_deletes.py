"""indexes on the columns that refer to a guest, so that deleting guests stays fast

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27
"""

from collections.abc import Sequence

from alembic import op

revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index('ix_guest_companion_of_id', 'guest', ['companion_of_id'])
    op.create_index('ix_apart_pair_first_id', 'apart_pair', ['first_id'])
    op.create_index('ix_apart_pair_second_id', 'apart_pair', ['second_id'])


def downgrade() -> None:
    op.drop_index('ix_apart_pair_second_id', 'apart_pair')
    op.drop_index('ix_apart_pair_first_id', 'apart_pair')
    op.drop_index('ix_guest_companion_of_id', 'guest')
