import type { Address as AddressType } from "viem";

import { Address } from "@/components/Address.tsx";
import { formatAmount } from "@/lib/format.ts";
import type { Vote } from "@/lib/proposals/fetch-voters.ts";

/** Who voted, how, with what weight and reason; heaviest first. */
export function VoterList({
  votes,
  symbol,
  account,
}: {
  votes: Vote[];
  symbol: string;
  account?: AddressType;
}) {
  if (votes.length === 0) return <p className="muted">No votes yet.</p>;
  return (
    <div className="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">Voter</th>
            <th scope="col">Choice</th>
            <th scope="col">Weight</th>
            <th scope="col">Reason</th>
          </tr>
        </thead>
        <tbody>
          {votes.map((vote) => (
            <tr key={vote.transactionHash}>
              <td>
                <Address
                  address={vote.voter}
                  you={account?.toLowerCase() === vote.voter.toLowerCase()}
                />
              </td>
              <td>{vote.choice}</td>
              <td>
                {formatAmount(vote.weight)} {symbol}
              </td>
              <td style={{ overflowWrap: "anywhere" }}>
                {vote.reason || <span className="muted">—</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
