"""``cmcc-desktop sync …``: exchanging work with other teams, from a terminal."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import CmccError
from ..i18n import N_
from ..progress import Progress
from .common import add_output, counted, refuse_overwrite

# Long imports and exports say which step they are on, on stderr: stdout stays the result, for scripts.
STEPS_ON_STDERR = Progress(phase=lambda text: print(text, file=sys.stderr, flush=True))

if TYPE_CHECKING:
    from ..paths import AppPaths
    from ..store.store import Store


def add_commands(commands: argparse._SubParsersAction) -> None:
    sync = commands.add_parser("sync", help="exchange work with other teams by file")
    actions = sync.add_subparsers(dest="sync_command", metavar="action", required=True)
    actions.add_parser("identity", help="this laptop's team and its key fingerprint (to compare), and device")
    export = actions.add_parser("export", help="write a sync bundle for another team")
    add_output(export, "the bundle to write (.cmccsync)")
    export.add_argument(
        "--peer", metavar="TEAM", help="only what this team may lack (default: everything shareable)"
    )
    export.add_argument(
        "--new-peer",
        action="store_true",
        help="TEAM is a team this laptop has not met yet (without it, an unknown name is refused as a typo)",
    )
    export.add_argument("--full", action="store_true", help="everything, even what the team already has")
    export.add_argument(
        "--passphrase-file", metavar="F", help="encrypt with the team passphrase in this file"
    )
    imported = actions.add_parser("import", help="import a sync bundle from another team")
    imported.add_argument("file", metavar="FILE", help="the bundle to import")
    imported.add_argument(
        "--passphrase-file", metavar="F", help="the team passphrase, if the bundle is encrypted"
    )
    imported.add_argument(
        "--trust-signer",
        action="store_true",
        help="trust the sender's team key (compare its fingerprint with the team first)",
    )
    team_key = actions.add_parser(
        "team-key", help="give this team's key to a new laptop of the team, or join a team with it"
    )
    team_actions = team_key.add_subparsers(dest="team_key_command", metavar="action", required=True)
    given = team_actions.add_parser("export", help="write this team's key to a file, encrypted")
    add_output(given, "the key file to write")
    given.add_argument(
        "--passphrase-file", required=True, metavar="F", help="encrypt with the passphrase in F"
    )
    joined = team_actions.add_parser("join", help="make this laptop one of the team whose key file this is")
    joined.add_argument("file", metavar="FILE", help="the key file")
    joined.add_argument("--passphrase-file", required=True, metavar="F", help="its passphrase")
    actions.add_parser(
        "new-identity",
        help="after a copied data folder was used in two places: a new identity for this laptop, its work sent again",
    )
    actions.add_parser("status", help="teams exchanged with, last exchange each way, what is pending")
    actions.add_parser("conflicts", help="fields edited on two laptops at once, waiting for a decision")
    forget = actions.add_parser(
        "forget", help="remove a team no bundle ever came from (a mistyped --peer name) from the list"
    )
    # Not "team": that is --team, this laptop's own team, which Store.open would set to the forgotten name.
    forget.add_argument("forgotten", metavar="TEAM", help="the team's name, as sync status shows it")


def needs_database(args: argparse.Namespace) -> bool:
    """What works only on a database already there: on a mistyped --data-dir it would make a new database
    and identity and answer about them. ``identity``, ``import``, ``team-key join`` and ``new-identity`` are
    left to make one: they may be a new laptop's first steps."""
    return args.sync_command in {"export", "status", "conflicts", "forget"} or (
        args.sync_command == "team-key" and args.team_key_command == "export"
    )


def check(args: argparse.Namespace, paths: AppPaths) -> None:
    """Mistakes refused before the data folder is touched."""
    if args.sync_command == "export" and args.new_peer and args.peer is None:
        raise CmccError(N_("--new-peer confirms the name given with --peer TEAM; give both, or neither."))
    if args.sync_command == "export" or (
        args.sync_command == "team-key" and args.team_key_command == "export"
    ):
        refuse_overwrite(args, paths)


def run(args: argparse.Namespace, store: Store) -> None:
    from ..services import conflicts
    from ..sync import exchange, new_identity, peers, status

    command = args.sync_command
    if command == "identity":
        me = status.identity(store)
        print(f"Team:                  {me.team}")
        print(f"Team key fingerprint:  {me.fingerprint}   (other teams compare this one)")
        print(f"Officer:               {me.officer}")
        print(f"Device:                {me.device_id}")
        print(f"Device key:            {me.device_fingerprint}")
    elif command == "export":
        if args.peer is not None and not args.new_peer:
            _refuse_unknown_team(args.peer, peers.known_teams(store), store.identity.team_name)
        heard_from = {peer.team for peer in status.peers(store) if peer.devices}
        if args.peer is not None and not args.full and args.peer not in heard_from:
            print(
                f"Note: no bundle from team {args.peer!r} has reached this laptop yet, so this one holds "
                f"everything shareable. Teams heard from: {', '.join(sorted(heard_from)) or 'none'}.",
                file=sys.stderr,
            )
        result = exchange.export_bundle(
            store,
            Path(args.output),
            peer_team=args.peer,
            full=args.full,
            passphrase=_passphrase(args.passphrase_file),
            progress=STEPS_ON_STDERR,
        )
        whom = f"team {result.peer_team}" if result.peer_team else "any team"
        print(
            f"Wrote {result.path} for {whom}: {counted(result.changes, 'change')}, "
            f"{counted(result.attachments, 'attachment')}, {result.size / 1024:.1f} KB"
        )
    elif command == "import":
        try:
            imported = exchange.import_bundle(
                store,
                Path(args.file),
                passphrase=_passphrase(args.passphrase_file),
                trust_signer=args.trust_signer,
                progress=STEPS_ON_STDERR,
            )
        except exchange.UntrustedSignerError as error:
            raise CmccError(
                N_("{refusal} Once it matches, import again with --trust-signer."), refusal=error
            ) from error
        if imported.already_had:
            print("Nothing new: this laptop already has everything in this bundle.")
        else:
            print(
                f"Imported: {imported.new} new, {imported.updated} updated, "
                f"{counted(imported.conflicts, 'conflict')}"
            )
        for fork in imported.forks:
            print(
                f"Fork: the laptop of {fork.officer} (team {fork.team}, device {fork.device_id}) has two "
                "different histories: a copy of its data folder is in use. "
                f"{counted(fork.kept, 'change')} of the other history {_are(fork.kept)} kept apart; the copy "
                "must take a new identity (see the README)."
            )
        for team, fingerprint in imported.untrusted_teams:
            print(
                f"Note: changes of team {team} (key fingerprint {fingerprint}) were left out: this laptop does "
                "not trust that team's key yet. Import a bundle from that team itself to compare and trust it."
            )
        for team in imported.skipped_teams:
            print(f"Note: some changes from team {team} wait for earlier ones; ask for a bundle with --full.")
        for team in imported.clock_warnings:
            print(
                f"Warning: changes from team {team} are dated more than a day ahead; that laptop's clock is wrong."
            )
    elif command == "new-identity":
        device, written = new_identity.take_new_identity(store)
        print(
            f"This laptop is now device {device}, of team {store.identity.team_name} (its team key is unchanged). "
            f"{counted(written, 'record')} it had written {_are(written)} written again under it, for its next "
            "bundle."
        )
    elif command == "team-key":
        _team_key(args, store)
    elif command == "status":
        listed = status.peers(store)
        if not listed:
            print("No exchanges yet.")
        for forked in status.forks(store):
            print(
                f"Fork: the laptop of {forked.officer} (team {forked.team}, device {forked.device_id}) has two "
                f"histories; {counted(forked.kept, 'change')} of the other one {_are(forked.kept)} kept apart "
                "until that copy takes a new identity."
            )
        for peer in listed:
            trusted = "trusted" if peer.trusted else "not trusted"
            print(
                f"{peer.team}: {counted(peer.devices, 'device')}, {trusted}; last received "
                f"{_when(peer.last_received_at)}, last sent {_when(peer.last_sent_at)}; "
                f"{counted(peer.pending_changes, 'change')} they may lack"
            )
    elif command == "forget":
        peers.forget_team(store, args.forgotten)
        print(f"Team {args.forgotten} is no longer listed.")
    elif command == "conflicts":
        found = conflicts.conflicts(store)
        if not found:
            print("No conflicts.")
        for conflict in found:
            what = (
                "edited while deleted" if conflict.kind == "edited_while_deleted" else "edited on two laptops"
            )
            print(f"{conflict.entity} {conflict.record_id} · {' + '.join(conflict.fields)} ({what}):")
            for value in conflict.values:
                mark = "*" if value.provisional else " "
                shown = value.value if len(conflict.fields) == 1 else value.values
                print(f"  {mark} {shown!r}  — {value.author}, team {value.team}, {_when(value.at)}")


def _refuse_unknown_team(team: str, known: list[str], own_team: str) -> None:
    """A name met nowhere yet is most likely a typo: writing for it would list it as a team for good."""
    if team in known:
        return
    same_letters = [name for name in known if _letters(name) == _letters(team)]
    template = (
        N_(
            "No team named {team} is known here (did you mean {guess}?). Teams known: {known}. If {team} is "
            "really a new team, export again with --new-peer."
        )
        if same_letters
        else N_(
            "No team named {team} is known here. Teams known: {known}. If {team} is really a new team, export "
            "again with --new-peer."
        )
    )
    raise CmccError(
        template,
        team=repr(team),
        guess=repr(same_letters[0]) if same_letters else "",
        known=", ".join(f"{name} (this laptop's team)" if name == own_team else name for name in known),
    )


def _letters(name: str) -> str:
    return " ".join(name.casefold().split())


def _team_key(args: argparse.Namespace, store: Store) -> None:
    from ..sync import team_key_file

    passphrase = _passphrase(args.passphrase_file)
    assert passphrase is not None  # the option is required
    if args.team_key_command == "export":
        target = Path(args.output)
        team_key_file.write_team_key_file(store, target, passphrase)
        print(
            f"Wrote the key of team {store.identity.team_name} to {target}. Give it, and its passphrase, only to "
            "a laptop of this team: whoever holds it can write in the team's name."
        )
    else:
        name = team_key_file.join_team(store, Path(args.file), passphrase)
        print(f"This laptop is now one of team {name}; its team-only records will reach the team's laptops.")


def _are(count: int) -> str:
    return "is" if count == 1 else "are"


def _when(stamp: str | None) -> str:
    """A stored UTC timestamp as an officer reads it: "2026-11-25 13:07 UTC"."""
    return f"{stamp[:10]} {stamp[11:16]} UTC" if stamp else "never"


def _passphrase(path: str | None) -> str | None:
    if path is None:
        return None
    try:
        text = Path(path).read_text(encoding="utf-8").strip("\r\n")
    except OSError as exc:
        raise CmccError(
            N_("Cannot read the passphrase file {path} ({reason})."),
            path=path,
            reason=exc.strerror or str(exc),
        ) from exc
    if not text:
        raise CmccError(N_("The passphrase file {path} is empty."), path=path)
    return text
