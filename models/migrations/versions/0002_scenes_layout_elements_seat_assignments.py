"""scenes, layout elements, seat assignments

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('scene',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('entrance_x', sa.Float(), nullable=False),
    sa.Column('entrance_y', sa.Float(), nullable=False),
    sa.Column('settings', sa.JSON(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['event.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('event_id', 'name', name='uq_scene_event_name')
    )
    with op.batch_alter_table('scene', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_scene_event_id'), ['event_id'], unique=False)

    op.create_table('apart_pair',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('first_id', sa.Integer(), nullable=False),
    sa.Column('second_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['event.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['first_id'], ['guest.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['second_id'], ['guest.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('first_id', 'second_id', name='uq_apart_pair')
    )
    with op.batch_alter_table('apart_pair', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_apart_pair_event_id'), ['event_id'], unique=False)

    op.create_table('element',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('scene_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('label', sa.String(), nullable=False),
    sa.Column('x', sa.Float(), nullable=False),
    sa.Column('y', sa.Float(), nullable=False),
    sa.Column('rotation', sa.Float(), nullable=False),
    sa.Column('params', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['scene_id'], ['scene.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('element', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_element_scene_id'), ['scene_id'], unique=False)

    op.create_table('seating_snapshot',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('scene_id', sa.Integer(), nullable=False),
    sa.Column('reason', sa.String(length=100), nullable=False),
    sa.Column('taken_at', sa.DateTime(), nullable=False),
    sa.Column('assignments', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['scene_id'], ['scene.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('seating_snapshot', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_seating_snapshot_scene_id'), ['scene_id'], unique=False)

    op.create_table('assignment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('scene_id', sa.Integer(), nullable=False),
    sa.Column('element_id', sa.Integer(), nullable=False),
    sa.Column('seat', sa.String(length=20), nullable=False),
    sa.Column('guest_id', sa.Integer(), nullable=False),
    sa.Column('locked', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['element_id'], ['element.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['guest_id'], ['guest.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['scene_id'], ['scene.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('element_id', 'seat', name='uq_assignment_seat'),
    sa.UniqueConstraint('scene_id', 'guest_id', name='uq_assignment_guest')
    )
    with op.batch_alter_table('assignment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_assignment_guest_id'), ['guest_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_assignment_scene_id'), ['scene_id'], unique=False)

    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.add_column(sa.Column('even_centre_left', sa.Boolean(), nullable=False, server_default=sa.true()))
        batch_op.add_column(sa.Column('tables_right_first', sa.Boolean(), nullable=False, server_default=sa.true()))
        batch_op.add_column(sa.Column('stroke_whole_name', sa.Boolean(), nullable=False, server_default=sa.false()))

    with op.batch_alter_table('guest', schema=None) as batch_op:
        batch_op.add_column(sa.Column('host_side', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column('needs_aisle', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column('needs_step_free', sa.Boolean(), nullable=False, server_default=sa.false()))



def downgrade() -> None:
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.drop_column('stroke_whole_name')
        batch_op.drop_column('tables_right_first')
        batch_op.drop_column('even_centre_left')

    with op.batch_alter_table('guest', schema=None) as batch_op:
        batch_op.drop_column('needs_step_free')
        batch_op.drop_column('needs_aisle')
        batch_op.drop_column('host_side')

    with op.batch_alter_table('assignment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_assignment_scene_id'))
        batch_op.drop_index(batch_op.f('ix_assignment_guest_id'))

    op.drop_table('assignment')
    with op.batch_alter_table('seating_snapshot', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_seating_snapshot_scene_id'))

    op.drop_table('seating_snapshot')
    with op.batch_alter_table('element', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_element_scene_id'))

    op.drop_table('element')
    with op.batch_alter_table('apart_pair', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_apart_pair_event_id'))

    op.drop_table('apart_pair')
    with op.batch_alter_table('scene', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_scene_event_id'))

    op.drop_table('scene')
