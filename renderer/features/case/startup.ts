/** Connects the host once and opens its startup files (command-line paths or the demo). */
import { connectHost, type HostConnection } from '../../bridge';
import { fileRefToLoadInput, type Session } from '../../state';

export async function startHost(session: Session): Promise<HostConnection> {
  const connection = await connectHost();
  const client = connection.client;
  if (!client) return connection;
  client.on('onOpenFiles', (refs) => session.open(refs.map((ref) => fileRefToLoadInput(ref))));
  try {
    const refs = await client.case.getStartupFiles();
    session.open(refs.map((ref) => fileRefToLoadInput(ref)));
  } catch (error: unknown) {
    session.notify('error', `Could not get the startup files from the host: ${error instanceof Error ? error.message : String(error)}`);
  }
  return connection;
}
