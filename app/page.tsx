import { HomeDashboard } from "@/components/HomeDashboard.tsx";

export default function HomePage() {
  return <HomeDashboard />;
}
