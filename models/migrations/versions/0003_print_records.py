"""print records

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('print_record',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('document', sa.String(length=30), nullable=False),
    sa.Column('scene_id', sa.Integer(), nullable=True),
    sa.Column('template', sa.String(), nullable=False),
    sa.Column('printed_at', sa.DateTime(), nullable=False),
    sa.Column('guests', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['event.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['scene_id'], ['scene.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('print_record', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_print_record_event_id'), ['event_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('print_record', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_print_record_event_id'))

    op.drop_table('print_record')
