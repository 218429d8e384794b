// End-to-end scenarios of notifications (issue 5); written as the part is built.
export async function notifications() {}
