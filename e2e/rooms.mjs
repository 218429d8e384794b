// End-to-end scenarios of rooms (issue 5); written as the part is built.
export async function rooms() {}
