import { BorrowingsPage } from './BorrowingsPage';

export default function MyBorrowingsPage() {
  return <BorrowingsPage scope="mine" />;
}
