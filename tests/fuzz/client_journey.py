"""A family's journey through a client generated from /api/openapi.json, with no request
written by hand: sign in, list groups, join one, see it among one's groups, leave it.

Usage: client_journey.py BASE_URL EMAIL PASSWORD (the generated package on PYTHONPATH).
"""

import sys

from silta_api_client import AuthenticatedClient, Client
from silta_api_client.api.groups import browse, join, leave, my_groups
from silta_api_client.api.sign_in import sign_in
from silta_api_client.models import BearerTicket, Membership, PageGroupView, SignInBody


def main(base_url: str, email: str, password: str) -> None:
    ticket = sign_in.sync(
        client=Client(base_url=base_url),
        body=SignInBody(email=email, password=password),
    )
    assert isinstance(ticket, BearerTicket), f"signed in: {ticket!r}"
    client = AuthenticatedClient(base_url=base_url, token=ticket.token)

    listing = browse.sync(client=client, limit=100)
    assert isinstance(listing, PageGroupView), f"listed: {listing!r}"
    assert listing.total >= len(listing.items) > 0, "the demo has published groups"
    group = next(
        g for g in listing.items if g.join_policy == "open" and not g.my_status and g.seats_left > 0
    )

    joined = join.sync(client=client, id=group.id)
    assert isinstance(joined, Membership), f"joined: {joined!r}"
    assert joined.status.value == "member", joined.status
    mine = my_groups.sync(client=client)
    assert any(g.id == group.id for g in mine), "the joined group is among mine"

    left = leave.sync_detailed(client=client, id=group.id)
    assert left.status_code == 204, left
    mine = my_groups.sync(client=client)
    assert not any(g.id == group.id and g.my_status and g.my_status.value == "member" for g in mine)
    print(f"signed in, listed {listing.total} groups, joined and left {group.name!r}")


if __name__ == "__main__":
    main(*sys.argv[1:4])
