/** Above the 报送与来稿 list: what the list holds and how to use it. */
export function SubmissionsHelp() {
  return (
    <p style={{ margin: '0 0 16px', opacity: 0.8 }}>
      来稿：下级单位报送给本单位的稿件，用「筛选」选择「状态 = 待处理」「接收单位 = 本单位」即为待处理的来稿，打开后可采用、改编采用或退稿。报送：本单位报送给上级单位的稿件，在这里查看处理结果。报送请在已发布稿件的编辑页点「报送上级」。
    </p>
  )
}
