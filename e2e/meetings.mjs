// End-to-end scenarios of meetings (issue 5); written as the part is built.
export async function meetings() {}
