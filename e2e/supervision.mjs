// End-to-end scenarios of supervision (issue 5); written as the part is built.
export async function supervision() {}
