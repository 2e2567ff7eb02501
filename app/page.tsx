export default function HomePage() {
  return <h1>Commons DAO</h1>;
}
