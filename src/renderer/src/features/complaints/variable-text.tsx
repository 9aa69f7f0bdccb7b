import { variableSegments } from '@shared/domain/script-variables'

/** Wording with each {{variable}} still in it marked, so a gap the clerk must fill is hard to miss. */
export function VariableText({ text }: { readonly text: string }) {
  return (
    <span>
      {variableSegments(text).map((segment, index) =>
        segment.variable ? (
          <span key={index} className="variable-token">
            {segment.text}
          </span>
        ) : (
          segment.text
        )
      )}
    </span>
  )
}
