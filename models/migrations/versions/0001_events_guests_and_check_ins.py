"""events, guests and check-ins

Revision ID: 0001
Revises: 
Create Date: 2026-11-26
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=True),
    sa.Column('ends_on', sa.Date(), nullable=True),
    sa.Column('venue', sa.String(), nullable=False),
    sa.Column('organiser', sa.String(), nullable=False),
    sa.Column('notes', sa.String(), nullable=False),
    sa.Column('convention', sa.String(length=20), nullable=False),
    sa.Column('tie_break', sa.String(length=20), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('name'),
    sa.UniqueConstraint('uid')
    )
    op.create_table('guest',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('list_order', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('pinyin', sa.String(length=300), nullable=False),
    sa.Column('initials', sa.String(length=50), nullable=False),
    sa.Column('gender', sa.String(length=10), nullable=False),
    sa.Column('organisation', sa.String(), nullable=False),
    sa.Column('title', sa.String(), nullable=False),
    sa.Column('rank_level', sa.Integer(), nullable=True),
    sa.Column('rank_order', sa.Integer(), nullable=True),
    sa.Column('category', sa.String(length=50), nullable=False),
    sa.Column('delegation', sa.String(), nullable=False),
    sa.Column('phone', sa.String(length=50), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=False),
    sa.Column('rsvp', sa.String(length=20), nullable=False),
    sa.Column('vip', sa.Boolean(), nullable=False),
    sa.Column('companion_of_id', sa.Integer(), nullable=True),
    sa.Column('contact_person', sa.String(), nullable=False),
    sa.Column('dietary', sa.String(), nullable=False),
    sa.Column('accessibility', sa.String(), nullable=False),
    sa.Column('notes', sa.String(), nullable=False),
    sa.Column('custom', sa.JSON(), nullable=False),
    sa.Column('token', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['companion_of_id'], ['guest.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['event_id'], ['event.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('token')
    )
    with op.batch_alter_table('guest', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_guest_event_id'), ['event_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_guest_initials'), ['initials'], unique=False)

    op.create_table('checkin',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('guest_id', sa.Integer(), nullable=False),
    sa.Column('station', sa.String(length=100), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('undoes_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['event_id'], ['event.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['guest_id'], ['guest.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['undoes_id'], ['checkin.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('undoes_id', name='uq_checkin_undoes')
    )
    with op.batch_alter_table('checkin', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_checkin_event_id'), ['event_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_checkin_guest_id'), ['guest_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('checkin', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_checkin_guest_id'))
        batch_op.drop_index(batch_op.f('ix_checkin_event_id'))

    op.drop_table('checkin')
    with op.batch_alter_table('guest', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_guest_initials'))
        batch_op.drop_index(batch_op.f('ix_guest_event_id'))

    op.drop_table('guest')
    op.drop_table('event')
