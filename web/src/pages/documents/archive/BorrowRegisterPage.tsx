import { BorrowingsPage } from './BorrowingsPage';

export default function BorrowRegisterPage() {
  return <BorrowingsPage scope="all" />;
}
