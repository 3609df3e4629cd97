"""a unique id on arrivals queued by a station while offline, so that sending them is idempotent;
on PostgreSQL every new check-in row notifies the listening stations

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# Sent by the server inside the writing transaction, delivered on commit: no station's write,
# whether a scan, an undo, a walk-in or a queued arrival, can forget to tell the others.
NOTIFY_FUNCTION = """
CREATE FUNCTION zuoci_checkin_notify() RETURNS trigger AS $$
BEGIN
    PERFORM pg_notify('zuoci_checkin', NEW.event_id::text);
    RETURN NEW;
END
$$ LANGUAGE plpgsql
"""
NOTIFY_TRIGGER = """
CREATE TRIGGER checkin_notify AFTER INSERT ON checkin
FOR EACH ROW EXECUTE FUNCTION zuoci_checkin_notify()
"""


def upgrade() -> None:
    with op.batch_alter_table('checkin', schema=None) as batch_op:
        batch_op.add_column(sa.Column('uid', sa.String(length=32), nullable=True))
        batch_op.create_index(batch_op.f('ix_checkin_uid'), ['uid'], unique=True)
    if op.get_bind().dialect.name == 'postgresql':
        op.execute(NOTIFY_FUNCTION)
        op.execute(NOTIFY_TRIGGER)


def downgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        op.execute('DROP TRIGGER checkin_notify ON checkin')
        op.execute('DROP FUNCTION zuoci_checkin_notify()')
    with op.batch_alter_table('checkin', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_checkin_uid'))
        batch_op.drop_column('uid')
