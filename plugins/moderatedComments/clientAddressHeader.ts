/**
 * The request header carrying the client's address, set by the HTTP server in front of Payload
 * (src/http/clientAddress.ts) after removing any copy a client sent. Its own module so the server can
 * import it without loading the plugin.
 */
export const CLIENT_ADDRESS_HEADER = 'x-invited-client-address'
