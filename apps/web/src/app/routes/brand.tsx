import { Brand, brandClassName } from '@rapport/ui/page-layout';
import { Link } from 'react-router';

export function SeekerBrand({ to }: { to: string }) {
  return (
    <Link to={to} className={brandClassName}>
      <Brand name="Rapport" tagline="for job seekers" />
    </Link>
  );
}
