import type { paths } from './openapi';

type Json<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;
type SuccessOf<Responses> = Responses extends { 200: infer R } ? Json<R> : Responses extends { 201: infer R } ? Json<R> : never;

/** The JSON body a route answers with on success: `ResponseOf<'/api/v1/jobs/{id}', 'get'>`. */
export type ResponseOf<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends { responses: infer R } ? SuccessOf<R> : never;

/** The JSON body a route takes: `BodyOf<'/api/v1/jobs', 'post'>`. */
export type BodyOf<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  requestBody?: { content: { 'application/json': infer Body } };
}
  ? Body
  : never;

/** The query parameters a route takes. */
export type QueryOf<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends { parameters: { query?: infer Q } }
  ? NonNullable<Q>
  : never;

/** An element of a paged list's `data`. */
export type ItemOf<List> = List extends { data: (infer Item)[] } ? Item : never;
