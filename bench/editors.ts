/**
 * Editors at work while readers read, through the REST API as the admin does:
 * (b) autosaving a published article every 2 s and publishing a change every
 * 30 s, or (c) publishing a new article every 10 s.
 */
export type EditorPlan = 'autosave-and-publish' | 'new-articles'
export type EditorReport = { autosaves: number; publishes: number; failed: number }

export async function editorToken(base: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${base}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) })
  if (!response.ok) throw new Error(`editor login answered ${response.status}`)
  return (await response.json()).token as string
}

export function startEditing(base: string, token: string, plan: EditorPlan, options: { articleId: number; categoryIds: number[] }): () => Promise<EditorReport> {
  const report: EditorReport = { autosaves: 0, publishes: 0, failed: 0 }
  const headers = { 'content-type': 'application/json', authorization: `JWT ${token}` }
  const send = async (method: string, path: string, body: unknown, count: keyof Omit<EditorReport, 'failed'>) => {
    const response = await fetch(`${base}${path}`, { method, headers, body: JSON.stringify(body) }).catch(() => null)
    await response?.arrayBuffer()
    if (response?.ok) report[count] += 1
    else report.failed += 1
  }
  let n = 0
  const timers: NodeJS.Timeout[] = []
  if (plan === 'autosave-and-publish') {
    timers.push(
      setInterval(() => {
        n += 1
        void send('PATCH', `/api/articles/${options.articleId}?draft=true&autosave=true`, { teaser: `Entwurf ${n}: Die Redaktion arbeitet an diesem Beitrag.` }, 'autosaves')
      }, 2000),
      setInterval(() => {
        void send('PATCH', `/api/articles/${options.articleId}`, { teaser: `Aktualisiert (${new Date().toISOString()}).`, _status: 'published' }, 'publishes')
      }, 30_000),
    )
  } else {
    timers.push(
      setInterval(() => {
        n += 1
        const stamp = `${Date.now()}-${n}`
        void send(
          'POST',
          '/api/articles',
          {
            title: `Neues aus dem Verbund ${stamp}`,
            slug: `neues-aus-dem-verbund-${stamp}`,
            teaser: 'Ein neuer Beitrag, während Leserinnen und Leser lesen.',
            categories: [options.categoryIds[n % options.categoryIds.length]],
            _status: 'published',
          },
          'publishes',
        )
      }, 10_000),
    )
  }
  return async () => {
    for (const timer of timers) clearInterval(timer)
    return report
  }
}
