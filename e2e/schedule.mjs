// End-to-end scenarios of schedule (issue 5); written as the part is built.
export async function schedule() {}
