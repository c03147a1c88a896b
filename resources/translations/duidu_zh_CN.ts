<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AliasDialog</name>
    <message>
        <source>Aliases</source>
        <translation>别名</translation>
    </message>
    <message>
        <source>Names in one row are counted as one topic, in any script. The first column is the name shown. Duidu also knows {count} common groups (companies, people, places, products); a row of yours with the same name replaces its group.</source>
        <translation>同一行中的名称，不论用何种文字书写，都算作同一个主题。第一列是显示的名称。Duidu 还内置了 {count} 个常见别名组（公司、人物、地点、产品）；你添加的行若与某组同名，则取代该组。</translation>
    </message>
    <message>
        <source>Alias groups</source>
        <translation>别名组</translation>
    </message>
    <message>
        <source>Columns of the alias groups</source>
        <translation>别名组的列</translation>
    </message>
    <message>
        <source>Rows of the alias groups</source>
        <translation>别名组的行</translation>
    </message>
    <message>
        <source>Name shown</source>
        <translation>显示的名称</translation>
    </message>
    <message>
        <source>Other names (comma-separated)</source>
        <translation>其他名称（以逗号分隔）</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>AnnotationEditor</name>
    <message>
        <source>Yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>粉色</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>紫色</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>橙色</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>批注</translation>
    </message>
    <message>
        <source>Linked Annotation</source>
        <translation>关联批注</translation>
    </message>
    <message>
        <source>Left: “{quote}”</source>
        <translation>左栏：“{quote}”</translation>
    </message>
    <message>
        <source>Right: “{quote}”</source>
        <translation>右栏：“{quote}”</translation>
    </message>
    <message>
        <source>Your note, in Markdown: **bold**, *italic*, - lists, &gt; quotes…</source>
        <translation>你的笔记，支持 Markdown：**粗体**、*斜体*、- 列表、&gt; 引用…</translation>
    </message>
    <message>
        <source>Preview of the note</source>
        <translation>笔记预览</translation>
    </message>
    <message>
        <source>Note: write or preview</source>
        <translation>笔记：编写或预览</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>编写</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>claim, figure, source …  (comma-separated)</source>
        <translation>观点，数据，出处 …（用逗号分隔）</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <source>Add the tag “{tag}”</source>
        <translation>添加标签“{tag}”</translation>
    </message>
    <message>
        <source>Recent:</source>
        <translation>最近使用：</translation>
    </message>
    <message>
        <source>{colour} highlight</source>
        <translation>{colour}高亮</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>颜色(&amp;C)：</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Move this annotation to the trash (Undo brings it back)</source>
        <translation>将此批注移到回收站（撤销即可恢复）</translation>
    </message>
</context>
<context>
    <name>AnnotationsController</name>
    <message>
        <source>The notes for {name} cannot be opened: {error}</source>
        <translation>无法打开 {name} 的笔记：{error}</translation>
    </message>
    <message>
        <source>The annotations could not be placed in the text: {message}</source>
        <translation>无法在文本中定位批注：{message}</translation>
    </message>
    <message>
        <source>Select a passage first, then annotate it.</source>
        <translation>请先选择一段文字，再添加批注。</translation>
    </message>
    <message>
        <source>Select a passage in each article first, then link them in one annotation.</source>
        <translation>请先在两篇文章中各选择一段文字，再用一条批注将它们关联起来。</translation>
    </message>
    <message>
        <source>This passage is no longer in the text (orphaned). Select new text in the pane and choose Re-attach to Selection in the Annotations panel.</source>
        <translation>这段文字已不在文本中（找不到原文）。请在栏中选择新的文字，然后在批注面板中选择“重新附加到所选文字”。</translation>
    </message>
</context>
<context>
    <name>AnnotationsModel</name>
    <message>
        <source>Made {made}, last changed {changed}</source>
        <translation>创建于 {made}，最后修改于 {changed}</translation>
    </message>
</context>
<context>
    <name>AnnotationsPanel</name>
    <message>
        <source>Passage</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>左栏</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>右栏</translation>
    </message>
    <message>
        <source>orphaned</source>
        <translation>找不到原文</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>已移动</translation>
    </message>
    <message>
        <source>Filter quotes, notes and tags (any script)</source>
        <translation>筛选引文、笔记和标签（繁简均可）</translation>
    </message>
    <message>
        <source>Filter annotations</source>
        <translation>筛选批注</translation>
    </message>
    <message>
        <source>Only annotations with this tag</source>
        <translation>仅显示带有此标签的批注</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>按标签筛选</translation>
    </message>
    <message>
        <source>Any colour</source>
        <translation>任意颜色</translation>
    </message>
    <message>
        <source>Filter by colour</source>
        <translation>按颜色筛选</translation>
    </message>
    <message>
        <source>Only annotations of this colour</source>
        <translation>仅显示此颜色的批注</translation>
    </message>
    <message>
        <source>Filter by article</source>
        <translation>按文章筛选</translation>
    </message>
    <message>
        <source>Only annotations on this article</source>
        <translation>仅显示此文章的批注</translation>
    </message>
    <message>
        <source>Both articles</source>
        <translation>两篇文章</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>排序方式</translation>
    </message>
    <message>
        <source>Order of the list</source>
        <translation>列表的顺序</translation>
    </message>
    <message>
        <source>By position</source>
        <translation>按位置</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>最新的在前</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>最早的在前</translation>
    </message>
    <message>
        <source>Annotations or Trash</source>
        <translation>批注或回收站</translation>
    </message>
    <message>
        <source>The annotations, or those deleted (to restore them)</source>
        <translation>批注，或已删除的批注（以便恢复）</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>批注</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <source>Every annotation of both articles; Enter goes to its passage, Delete moves it to the Trash</source>
        <translation>两篇文章的全部批注；按 Enter 跳到其段落，按 Delete 移到回收站</translation>
    </message>
    <message>
        <source>Columns of the annotations</source>
        <translation>批注列表的列</translation>
    </message>
    <message>
        <source>Rows of the annotations</source>
        <translation>批注列表的行</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Delete for Good</source>
        <translation>永久删除</translation>
    </message>
    <message>
        <source>Re-attach to Selection</source>
        <translation>重新附加到所选文字</translation>
    </message>
    <message>
        <source>Attach the selected orphaned annotation to the text selected in its pane</source>
        <translation>将所选的找不到原文的批注附加到其所在栏中选中的文字</translation>
    </message>
    <message>
        <source>Tags…</source>
        <translation>标签…</translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation>复制为 Markdown</translation>
    </message>
    <message>
        <source>Copy the selected annotations as Markdown (Ctrl+C)</source>
        <translation>将所选批注复制为 Markdown（Ctrl+C）</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>任意标签</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} / {total}</translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <source>No font that can show Chinese is installed, so Chinese text appears as empty boxes. Install one, for example on Debian or Ubuntu: sudo apt install fonts-noto-cjk; on Fedora: sudo dnf install google-noto-sans-cjk-fonts. Then restart Duidu.</source>
        <translation>没有安装能显示中文的字体，中文会显示为空白方框。请安装一种，例如在 Debian 或 Ubuntu 上：sudo apt install fonts-noto-cjk；在 Fedora 上：sudo dnf install google-noto-sans-cjk-fonts。然后重新启动 Duidu。</translation>
    </message>
</context>
<context>
    <name>BackgroundTasks</name>
    <message>
        <source>Something went wrong in the background: {error}.</source>
        <translation>后台任务出错：{error}。</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>笔记(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>对比(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Open &amp;Left…</source>
        <translation>打开左栏(&amp;L)…</translation>
    </message>
    <message>
        <source>Open a file in the left pane</source>
        <translation>在左栏打开文件</translation>
    </message>
    <message>
        <source>Open &amp;Right…</source>
        <translation>打开右栏(&amp;R)…</translation>
    </message>
    <message>
        <source>Open a file in the right pane</source>
        <translation>在右栏打开文件</translation>
    </message>
    <message>
        <source>S&amp;wap Panes</source>
        <translation>交换左右栏(&amp;W)</translation>
    </message>
    <message>
        <source>Exchange the left and right documents</source>
        <translation>交换左右两栏的文档</translation>
    </message>
    <message>
        <source>Notes as &amp;Markdown…</source>
        <translation>笔记为 &amp;Markdown…</translation>
    </message>
    <message>
        <source>Export annotations as Markdown notes (with a preview)</source>
        <translation>将批注导出为 Markdown 笔记（可预览）</translation>
    </message>
    <message>
        <source>All Notes as &amp;JSON…</source>
        <translation>全部笔记为 &amp;JSON…</translation>
    </message>
    <message>
        <source>Export every annotation, as stored (W3C Web Annotation), to move it elsewhere</source>
        <translation>按存储格式（W3C Web Annotation）导出全部批注，以便迁移到别处</translation>
    </message>
    <message>
        <source>&amp;Import Notes from JSON…</source>
        <translation>从 JSON 导入笔记(&amp;I)…</translation>
    </message>
    <message>
        <source>Merge annotations from a JSON export; nothing is duplicated</source>
        <translation>合并 JSON 导出文件中的批注，不会重复</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>偏好设置(&amp;P)…</translation>
    </message>
    <message>
        <source>Scripts, font, spacing, theme and the other defaults, applied as you change them</source>
        <translation>文字、字体、行距、主题等默认设置，更改后立即生效</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>加大文字</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>缩小文字</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <source>The reading font&apos;s own size</source>
        <translation>阅读字体的原始大小</translation>
    </message>
    <message>
        <source>&amp;Font…</source>
        <translation>字体(&amp;F)…</translation>
    </message>
    <message>
        <source>Choose the reading font</source>
        <translation>选择阅读字体</translation>
    </message>
    <message>
        <source>&amp;Synchronized Scrolling</source>
        <translation>同步滚动(&amp;S)</translation>
    </message>
    <message>
        <source>Scroll both panes together</source>
        <translation>两栏一起滚动</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>全屏(&amp;U)</translation>
    </message>
    <message>
        <source>Use the whole screen for the two texts</source>
        <translation>用整个屏幕显示两篇文本</translation>
    </message>
    <message>
        <source>Toolbar &amp;Labels</source>
        <translation>工具栏标签(&amp;L)</translation>
    </message>
    <message>
        <source>Show each toolbar button&apos;s name under its icon</source>
        <translation>在每个工具栏按钮的图标下显示其名称</translation>
    </message>
    <message>
        <source>Focus &amp;Left Pane</source>
        <translation>聚焦左栏(&amp;L)</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the left text</source>
        <translation>把键盘焦点移到左栏文本</translation>
    </message>
    <message>
        <source>Focus &amp;Right Pane</source>
        <translation>聚焦右栏(&amp;R)</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the right text</source>
        <translation>把键盘焦点移到右栏文本</translation>
    </message>
    <message>
        <source>S&amp;witch Pane</source>
        <translation>切换栏(&amp;W)</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the other text</source>
        <translation>把键盘焦点移到另一栏文本</translation>
    </message>
    <message>
        <source>&amp;Annotate Selection…</source>
        <translation>批注所选内容(&amp;A)…</translation>
    </message>
    <message>
        <source>Write a note and tags on the selected passage</source>
        <translation>为所选段落写笔记和标签</translation>
    </message>
    <message>
        <source>Annotate &amp;Both Selections…</source>
        <translation>批注两栏所选内容(&amp;B)…</translation>
    </message>
    <message>
        <source>One note linking the passage selected in the left article with the one in the right</source>
        <translation>一条笔记，关联左栏文章与右栏文章中所选的段落</translation>
    </message>
    <message>
        <source>Annotations &amp;Panel</source>
        <translation>批注面板(&amp;P)</translation>
    </message>
    <message>
        <source>Show the annotations panel</source>
        <translation>显示批注面板</translation>
    </message>
    <message>
        <source>&amp;Tags…</source>
        <translation>标签(&amp;T)…</translation>
    </message>
    <message>
        <source>Rename, merge and delete tags</source>
        <translation>重命名、合并和删除标签</translation>
    </message>
    <message>
        <source>&amp;Find in Both…</source>
        <translation>在两栏中查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Find in both texts, whatever script each is shown in</source>
        <translation>在两篇文本中查找，无论各自以何种文字显示</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <source>The next match in both texts</source>
        <translation>两篇文本中的下一个匹配</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>查找上一个(&amp;P)</translation>
    </message>
    <message>
        <source>The previous match in both texts</source>
        <translation>两篇文本中的上一个匹配</translation>
    </message>
    <message>
        <source>&amp;Topics Panel</source>
        <translation>主题面板(&amp;T)</translation>
    </message>
    <message>
        <source>Show the topics panel</source>
        <translation>显示主题面板</translation>
    </message>
    <message>
        <source>&amp;Highlight Shared Topics</source>
        <translation>高亮共同主题(&amp;H)</translation>
    </message>
    <message>
        <source>Colour every shared topic in both texts</source>
        <translation>在两篇文本中为每个共同主题着色</translation>
    </message>
    <message>
        <source>&amp;Clear Topic Marks</source>
        <translation>清除主题标记(&amp;C)</translation>
    </message>
    <message>
        <source>Take away the tint of the topic you stepped through</source>
        <translation>去掉逐个浏览过的主题的底色</translation>
    </message>
    <message>
        <source>Mark Shared &amp;Wording</source>
        <translation>标出相同措辞(&amp;W)</translation>
    </message>
    <message>
        <source>Underline sentences and clauses both articles contain</source>
        <translation>为两篇文章都有的句子和分句加下划线</translation>
    </message>
    <message>
        <source>&amp;Scroll to Aligned Passage</source>
        <translation>滚动到对应段落(&amp;S)</translation>
    </message>
    <message>
        <source>Clicking a paragraph scrolls the other pane to the passage on the same point</source>
        <translation>点击一个段落时，另一栏滚动到讨论同一点的段落</translation>
    </message>
    <message>
        <source>Synchronized Scrolling Follows &amp;Alignment</source>
        <translation>同步滚动按段落对应(&amp;A)</translation>
    </message>
    <message>
        <source>Keep aligned passages side by side while scrolling, instead of the same proportion</source>
        <translation>滚动时让对应段落并排，而不是按相同比例滚动</translation>
    </message>
    <message>
        <source>&amp;Link Paragraphs</source>
        <translation>关联段落(&amp;L)</translation>
    </message>
    <message>
        <source>Make the paragraphs holding the two text cursors a sync point</source>
        <translation>把两个文本光标所在的段落设为同步点</translation>
    </message>
    <message>
        <source>&amp;Unlink Paragraphs</source>
        <translation>取消关联段落(&amp;U)</translation>
    </message>
    <message>
        <source>Remove the alignment between the paragraphs holding the two text cursors</source>
        <translation>取消两个文本光标所在段落之间的对应</translation>
    </message>
    <message>
        <source>&amp;Aliases…</source>
        <translation>别名(&amp;A)…</translation>
    </message>
    <message>
        <source>Names that mean the same thing (雪梨 and 悉尼, NVIDIA and 英伟达)</source>
        <translation>指同一事物的名称（雪梨与悉尼，NVIDIA 与英伟达）</translation>
    </message>
    <message>
        <source>&amp;Vocabulary…</source>
        <translation>词汇(&amp;V)…</translation>
    </message>
    <message>
        <source>Words OpenCC should keep or convert differently</source>
        <translation>OpenCC 应保留或以其他方式转换的词语</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>A short guide to Duidu (offline)</source>
        <translation>Duidu 简明指南（离线）</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Every command that has a key</source>
        <translation>所有有快捷键的命令</translation>
    </message>
    <message>
        <source>&amp;About Duidu</source>
        <translation>关于 Duidu(&amp;A)</translation>
    </message>
    <message>
        <source>Versions of Duidu, Qt and OpenCC</source>
        <translation>Duidu、Qt 和 OpenCC 的版本</translation>
    </message>
</context>
<context>
    <name>ComparisonController</name>
    <message>
        <source>Topics appear once both articles are open.</source>
        <translation>两篇文章都打开后，这里会列出主题。</translation>
    </message>
    <message>
        <source>Finding the topics both articles discuss…</source>
        <translation>正在查找两篇文章共同讨论的主题…</translation>
    </message>
    <message>
        <source>Topics could not be found: {message}</source>
        <translation>无法找出主题：{message}</translation>
    </message>
    <message>
        <source>The other article has the same wording</source>
        <translation>另一篇文章有相同措辞</translation>
    </message>
    <message>
        <source>Aligned passage (sync point)</source>
        <translation>对应段落（同步点）</translation>
    </message>
    <message>
        <source>Aligned passage (score {score})</source>
        <translation>对应段落（得分 {score}）</translation>
    </message>
    <message>
        <source>Counterpart sentence (similarity {score})</source>
        <translation>对应句（相似度 {score}）</translation>
    </message>
    <message>
        <source>Sync points need both articles open and analysed.</source>
        <translation>设置同步点需要两篇文章都已打开并分析完毕。</translation>
    </message>
    <message>
        <source>The two articles are being analysed again; nothing was linked. Try again once the topics are back.</source>
        <translation>正在重新分析两篇文章，未关联任何段落。请在主题重新出现后再试。</translation>
    </message>
    <message>
        <source>The two articles are being analysed again; nothing was unlinked. Try again once the topics are back.</source>
        <translation>正在重新分析两篇文章，未取消任何关联。请在主题重新出现后再试。</translation>
    </message>
    <message>
        <source>Put the text cursor in a paragraph of each article first.</source>
        <translation>请先在两篇文章中各把文本光标放到一个段落里。</translation>
    </message>
    <message>
        <source>The analysis did not match the texts; they are being analysed again and nothing was linked.</source>
        <translation>分析结果与文本不符，正在重新分析；未关联任何段落。</translation>
    </message>
    <message>
        <source>The analysis did not match the texts; they are being analysed again and nothing was unlinked.</source>
        <translation>分析结果与文本不符，正在重新分析；未取消任何关联。</translation>
    </message>
    <message>
        <source>Linked paragraph {left} with paragraph {right}.</source>
        <translation>已将第 {left} 段与第 {right} 段关联。</translation>
    </message>
    <message>
        <source>Unlinked paragraph {left} from paragraph {right}.</source>
        <translation>已取消第 {left} 段与第 {right} 段的关联。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>The preview shows the first {shown} of {total} annotations; the export has all of them.</source>
        <translation>预览仅显示 {total} 条批注中的前 {shown} 条；导出内容包含全部批注。</translation>
    </message>
    <message>
        <source>Export Notes as Markdown</source>
        <translation>将笔记导出为 Markdown</translation>
    </message>
    <message>
        <source>Both articles</source>
        <translation>两篇文章</translation>
    </message>
    <message>
        <source>Left article</source>
        <translation>左栏文章</translation>
    </message>
    <message>
        <source>Right article</source>
        <translation>右栏文章</translation>
    </message>
    <message>
        <source>Every document with notes (notebook)</source>
        <translation>所有带笔记的文档（笔记本）</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>任意标签</translation>
    </message>
    <message>
        <source>Any colour</source>
        <translation>任意颜色</translation>
    </message>
    <message>
        <source>Original (as in the file)</source>
        <translation>原文（与文件相同）</translation>
    </message>
    <message>
        <source>By document, in reading order</source>
        <translation>按文档，依阅读顺序</translation>
    </message>
    <message>
        <source>By tag</source>
        <translation>按标签</translation>
    </message>
    <message>
        <source>&amp;Notes of:</source>
        <translation>笔记范围(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <source>C&amp;olour:</source>
        <translation>颜色(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Quotes in:</source>
        <translation>引文文字(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Grouped:</source>
        <translation>分组方式(&amp;G)：</translation>
    </message>
    <message>
        <source>Preview of the export</source>
        <translation>导出预览</translation>
    </message>
    <message>
        <source>Export: preview or Markdown</source>
        <translation>导出：预览或 Markdown</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the Markdown to the clipboard</source>
        <translation>将 Markdown 复制到剪贴板</translation>
    </message>
    <message>
        <source>Preparing the export…</source>
        <translation>正在准备导出…</translation>
    </message>
    <message>
        <source>1 annotation to export.</source>
        <translation>将导出 1 条批注。</translation>
    </message>
    <message>
        <source>{count} annotations to export.</source>
        <translation>将导出 {count} 条批注。</translation>
    </message>
    <message>
        <source>The export could not be prepared: {message}</source>
        <translation>无法准备导出：{message}</translation>
    </message>
    <message>
        <source>Copied the Markdown to the clipboard.</source>
        <translation>已将 Markdown 复制到剪贴板。</translation>
    </message>
    <message>
        <source>Save Notes as Markdown</source>
        <translation>将笔记保存为 Markdown</translation>
    </message>
    <message>
        <source>Markdown (*.md);;All files (*)</source>
        <translation>Markdown (*.md);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>The notes could not be saved to {path}: {error}.</source>
        <translation>无法将笔记保存到 {path}：{error}。</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>已保存 {name}。</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in both texts</source>
        <translation>在两篇文本中查找</translation>
    </message>
    <message>
        <source>Find in both texts (any script: 英伟达 finds 英偉達)</source>
        <translation>在两篇文本中查找（不限文字：英伟达 也能找到 英偉達）</translation>
    </message>
    <message>
        <source>Regional vocabulary</source>
        <translation>地区用词</translation>
    </message>
    <message>
        <source>Also find regional words for the same thing: 芯片 finds 晶片</source>
        <translation>同时查找同一事物的地区用词：芯片 也能找到 晶片</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>上一个匹配（Shift+F3）</translation>
    </message>
    <message>
        <source>Next match (F3, Enter)</source>
        <translation>下一个匹配（F3、Enter）</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>查找：</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在查找…</translation>
    </message>
    <message>
        <source>Left {current} of {total}</source>
        <translation>左栏 {current}/{total}</translation>
    </message>
    <message>
        <source>Left {count}</source>
        <translation>左栏 {count} 处</translation>
    </message>
    <message>
        <source>Right {current} of {total}</source>
        <translation>右栏 {current}/{total}</translation>
    </message>
    <message>
        <source>Right {count}</source>
        <translation>右栏 {count} 处</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Duidu User Guide</source>
        <translation>Duidu 用户指南</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>用户指南</translation>
    </message>
    <message>
        <source>The user guide could not be read ({error}). Reinstall Duidu to restore it.</source>
        <translation>无法读取用户指南（{error}）。请重新安装 Duidu 以恢复它。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Text and Markdown (*.txt *.md *.markdown *.text);;All files (*)</source>
        <translation>文本和 Markdown (*.txt *.md *.markdown *.text);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Web Annotations (*.json);;All files (*)</source>
        <translation>Web 批注 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The two texts</source>
        <translation>两篇文本</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>菜单栏</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>批注</translation>
    </message>
    <message>
        <source>Show both panes in {script} ({key})</source>
        <translation>两栏都显示为{script}（{key}）</translation>
    </message>
    <message>
        <source>Open Recent in Left</source>
        <translation>在左栏打开最近的文件</translation>
    </message>
    <message>
        <source>Open Recent in Right</source>
        <translation>在右栏打开最近的文件</translation>
    </message>
    <message>
        <source>Script in &amp;Both Panes</source>
        <translation>两栏的文字(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Line Spacing</source>
        <translation>行距(&amp;L)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Show both panes in one script</source>
        <translation>两栏显示为同一种文字</translation>
    </message>
    <message>
        <source>Export All Notes as JSON</source>
        <translation>全部笔记导出为 JSON</translation>
    </message>
    <message>
        <source>Import Notes from JSON</source>
        <translation>从 JSON 导入笔记</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>撤销(&amp;U) {action}</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>重做(&amp;R) {action}</translation>
    </message>
    <message>
        <source>Open in the left pane</source>
        <translation>在左栏打开</translation>
    </message>
    <message>
        <source>Open in the right pane</source>
        <translation>在右栏打开</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>没有最近的文件</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>清空列表</translation>
    </message>
    <message>
        <source>Left: {script}</source>
        <translation>左栏：{script}</translation>
    </message>
    <message>
        <source>Right: {script}</source>
        <translation>右栏：{script}</translation>
    </message>
    <message>
        <source>Text size {size} pt</source>
        <translation>文字大小 {size} 磅</translation>
    </message>
    <message>
        <source>Reading font</source>
        <translation>阅读字体</translation>
    </message>
    <message>
        <source>Both Panes in {script}</source>
        <translation>两栏都显示为{script}</translation>
    </message>
    <message>
        <source>exact phrase maps</source>
        <translation>精确词组映射</translation>
    </message>
    <message>
        <source>line-level maps</source>
        <translation>逐行映射</translation>
    </message>
    <message>
        <source>About {name}</source>
        <translation>关于 {name}</translation>
    </message>
    <message>
        <source>Read two Chinese articles side by side, each in the script and regional vocabulary you prefer.</source>
        <translation>并排阅读两篇中文文章，每篇都以你喜欢的文字和地区用词显示。</translation>
    </message>
    <message>
        <source>OpenCC engine: {engine}&lt;br&gt;PySide6 {pyside}, Qt {qt}, Python {python}&lt;br&gt;Data folder: {folder}</source>
        <translation>OpenCC 引擎：{engine}&lt;br&gt;PySide6 {pyside}，Qt {qt}，Python {python}&lt;br&gt;数据文件夹：{folder}</translation>
    </message>
    <message>
        <source>Licensed under the GNU GPL, version 3 or later. Conversion by OpenCC (Apache 2.0); icons by Material Design Icons via QtAwesome.</source>
        <translation>按 GNU GPL 第 3 版或更高版本授权。转换由 OpenCC（Apache 2.0）完成；图标来自 Material Design Icons，经由 QtAwesome。</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>a group has an empty name</source>
        <translation>有一组别名的名称为空</translation>
    </message>
    <message>
        <source>it has no list of groups</source>
        <translation>其中没有别名组列表</translation>
    </message>
    <message>
        <source>Your alias file could not be read ({reason}). It was kept as {kept}; only the bundled aliases are used.</source>
        <translation>无法读取你的别名文件（{reason}）。该文件已保留为 {kept}；现在只使用内置的别名。</translation>
    </message>
    <message>
        <source>Your sync points could not be read ({reason}); the file was kept as {kept} and starts empty.</source>
        <translation>无法读取你的同步点（{reason}）；该文件已保留为 {kept}，同步点从空白重新开始。</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>该文件</translation>
    </message>
    <message>
        <source>{name} starts with a {encoding} byte-order mark but is not valid {encoding} (bad bytes at offset {offset}).</source>
        <translation>{name} 以 {encoding} 字节顺序标记开头，但不是有效的 {encoding}（偏移 {offset} 处有错误字节）。</translation>
    </message>
    <message>
        <source>{name} is a binary file, not text.</source>
        <translation>{name} 是二进制文件，不是文本。</translation>
    </message>
    <message>
        <source>{name} is not text in an encoding Duidu can read (UTF-8, UTF-16 with BOM, GB18030/GBK/GB2312 or Big5).</source>
        <translation>{name} 不是 Duidu 能读取的编码的文本（UTF-8、带 BOM 的 UTF-16、GB18030/GBK/GB2312 或 Big5）。</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>这是文件夹，不是文件</translation>
    </message>
    <message>
        <source>it is not a regular file (a pipe, device or socket)</source>
        <translation>这不是普通文件（而是管道、设备或套接字）</translation>
    </message>
    <message>
        <source>it is larger than {size} MB</source>
        <translation>文件大于 {size} MB</translation>
    </message>
    <message>
        <source>it is larger than {size} bytes</source>
        <translation>文件大于 {size} 字节</translation>
    </message>
    <message>
        <source>it holds {name}, which is not a JSON number</source>
        <translation>其中含有 {name}，这不是 JSON 数字</translation>
    </message>
    <message>
        <source>it holds the number {number}, which is too large</source>
        <translation>其中的数字 {number} 太大</translation>
    </message>
    <message>
        <source>it holds an integer of {digits} digits</source>
        <translation>其中有一个 {digits} 位的整数</translation>
    </message>
    <message>
        <source>it is nested too deeply to be a Duidu file</source>
        <translation>嵌套层数太多，不可能是 Duidu 的文件</translation>
    </message>
    <message>
        <source>it holds text that is not valid Unicode (a lone surrogate)</source>
        <translation>其中含有无效的 Unicode 文本（孤立的代理码位）</translation>
    </message>
    <message>
        <source>“{colour}” is not a colour: use one of {names}, or #rrggbb.</source>
        <translation>“{colour}”不是颜色：请使用 {names} 之一，或 #rrggbb。</translation>
    </message>
    <message>
        <source>Select some text first: an annotation needs a passage.</source>
        <translation>请先选择一段文字：批注需要对应一段文字。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>引文</translation>
    </message>
    <message>
        <source>prefix</source>
        <translation>前文</translation>
    </message>
    <message>
        <source>suffix</source>
        <translation>后文</translation>
    </message>
    <message>
        <source>start</source>
        <translation>起始位置</translation>
    </message>
    <message>
        <source>end</source>
        <translation>结束位置</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>selector</source>
        <translation>选择器</translation>
    </message>
    <message>
        <source>body</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>document address</source>
        <translation>文档地址</translation>
    </message>
    <message>
        <source>document hash</source>
        <translation>文档哈希值</translation>
    </message>
    <message>
        <source>creation time</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>modification time</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>deletion time</source>
        <translation>删除时间</translation>
    </message>
    <message>
        <source>emptied-trash id</source>
        <translation>已清空回收站记录的 ID</translation>
    </message>
    <message>
        <source>emptied-trash time</source>
        <translation>清空回收站的时间</translation>
    </message>
    <message>
        <source>it has more than {limit} selectors</source>
        <translation>选择器超过 {limit} 个</translation>
    </message>
    <message>
        <source>it has more than {limit} targets</source>
        <translation>目标超过 {limit} 个</translation>
    </message>
    <message>
        <source>it has more than {limit} bodies</source>
        <translation>正文超过 {limit} 个</translation>
    </message>
    <message>
        <source>its {what} is not text</source>
        <translation>{what}不是文本</translation>
    </message>
    <message>
        <source>its {what} is longer than {limit:,} characters</source>
        <translation>{what}超过 {limit:,} 个字符</translation>
    </message>
    <message>
        <source>its {what} is empty</source>
        <translation>{what}为空</translation>
    </message>
    <message>
        <source>its {what} is not valid Unicode text</source>
        <translation>{what}不是有效的 Unicode 文本</translation>
    </message>
    <message>
        <source>its {what} is not an offset</source>
        <translation>{what}不是有效的偏移量</translation>
    </message>
    <message>
        <source>its {what} is not a date and time</source>
        <translation>{what}不是日期时间</translation>
    </message>
    <message>
        <source>its {what} is neither an object nor a list</source>
        <translation>{what}既不是对象也不是列表</translation>
    </message>
    <message>
        <source>its document&apos;s address is not a file path</source>
        <translation>文档地址不是文件路径</translation>
    </message>
    <message>
        <source>its target&apos;s source is not an object</source>
        <translation>目标的来源不是对象</translation>
    </message>
    <message>
        <source>its document hash is not a SHA-256</source>
        <translation>文档哈希值不是 SHA-256</translation>
    </message>
    <message>
        <source>a target is not an object</source>
        <translation>有一个目标不是对象</translation>
    </message>
    <message>
        <source>a selector is not an object</source>
        <translation>有一个选择器不是对象</translation>
    </message>
    <message>
        <source>it has a target without a quote</source>
        <translation>有一个目标没有引文</translation>
    </message>
    <message>
        <source>its passage ends before it starts</source>
        <translation>段落的结束位置在起始位置之前</translation>
    </message>
    <message>
        <source>it is not a Web Annotation</source>
        <translation>这不是 Web Annotation</translation>
    </message>
    <message>
        <source>it has no target</source>
        <translation>没有目标</translation>
    </message>
    <message>
        <source>a body is not an object</source>
        <translation>有一个正文不是对象</translation>
    </message>
    <message>
        <source>it has more than {limit} tags</source>
        <translation>标签超过 {limit} 个</translation>
    </message>
    <message>
        <source>{where} has not been opened in Duidu here; its notes are exported with the passages as they were saved (open it once to place them).</source>
        <translation>{where} 尚未在这台电脑上的 Duidu 中打开过；其笔记按保存时的段落导出（打开一次即可定位）。</translation>
    </message>
    <message>
        <source>{where} was not found; its notes are exported with the passages as they were saved.</source>
        <translation>找不到 {where}；其笔记按保存时的段落导出。</translation>
    </message>
    <message>
        <source>Imported {added} new annotation, updated {updated}, and {unchanged} was already here.</source>
        <translation>已导入 {added} 条新批注，更新 {updated} 条，{unchanged} 条已存在。</translation>
    </message>
    <message>
        <source>Imported {added} new annotation, updated {updated}, and {unchanged} were already here.</source>
        <translation>已导入 {added} 条新批注，更新 {updated} 条，{unchanged} 条已存在。</translation>
    </message>
    <message>
        <source>Imported {added} new annotations, updated {updated}, and {unchanged} was already here.</source>
        <translation>已导入 {added} 条新批注，更新 {updated} 条，{unchanged} 条已存在。</translation>
    </message>
    <message>
        <source>Imported {added} new annotations, updated {updated}, and {unchanged} were already here.</source>
        <translation>已导入 {added} 条新批注，更新 {updated} 条，{unchanged} 条已存在。</translation>
    </message>
    <message>
        <source>{name} does not exist.</source>
        <translation>{name} 不存在。</translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}.</source>
        <translation>无法读取 {name}：{reason}。</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text, so it is not a JSON export.</source>
        <translation>{name} 不是 UTF-8 文本，因此不是 JSON 导出文件。</translation>
    </message>
    <message>
        <source>This is not a JSON file Duidu can read ({error}); nothing was imported.</source>
        <translation>这不是 Duidu 能读取的 JSON 文件（{error}）；未导入任何内容。</translation>
    </message>
    <message>
        <source>This file holds no Web Annotations; nothing was imported.</source>
        <translation>此文件中没有 Web Annotation；未导入任何内容。</translation>
    </message>
    <message>
        <source>This file holds more than {count:,} annotations; nothing was imported.</source>
        <translation>此文件中的批注超过 {count:,} 条；未导入任何内容。</translation>
    </message>
    <message>
        <source>it names no document (neither a file nor a SHA-256)</source>
        <translation>没有指明文档（既无文件也无 SHA-256）</translation>
    </message>
    <message>
        <source>Annotation {number} in this file cannot be read: {error}. Nothing was imported.</source>
        <translation>无法读取此文件中的第 {number} 条批注：{error}。未导入任何内容。</translation>
    </message>
    <message>
        <source>{error} The import stopped after {saved} of {total} notes files; importing the same file again finishes it and duplicates nothing.</source>
        <translation>{error} 导入在 {total} 个笔记文件中的 {saved} 个之后停止；再次导入同一文件即可完成，不会产生重复。</translation>
    </message>
    <message>
        <source>The notes file {file} (notes on {document}) could not be read ({reason}). It was kept as {kept}; the notes Duidu still had are saved afresh.</source>
        <translation>无法读取笔记文件 {file}（{document} 的笔记）（{reason}）。该文件已保留为 {kept}；Duidu 仍保有的笔记已重新保存。</translation>
    </message>
    <message>
        <source>The notes file {file} could not be read ({reason}). It was kept as {kept}; the notes Duidu still had are saved afresh.</source>
        <translation>无法读取笔记文件 {file}（{reason}）。该文件已保留为 {kept}；Duidu 仍保有的笔记已重新保存。</translation>
    </message>
    <message>
        <source>its document path is not a path</source>
        <translation>文档路径不是有效的路径</translation>
    </message>
    <message>
        <source>its document is not an object</source>
        <translation>文档信息不是对象</translation>
    </message>
    <message>
        <source>its document hashes are not a list</source>
        <translation>文档哈希值不是列表</translation>
    </message>
    <message>
        <source>its document hashes are not SHA-256s</source>
        <translation>文档哈希值不是 SHA-256</translation>
    </message>
    <message>
        <source>it is not a Duidu notes file</source>
        <translation>这不是 Duidu 笔记文件</translation>
    </message>
    <message>
        <source>its annotations are not a list</source>
        <translation>批注不是列表</translation>
    </message>
    <message>
        <source>it holds more than {count:,} annotations</source>
        <translation>其中的批注超过 {count:,} 条</translation>
    </message>
    <message>
        <source>annotation {number}: {error}</source>
        <translation>第 {number} 条批注：{error}</translation>
    </message>
    <message>
        <source>its emptied-trash records are not an object</source>
        <translation>清空回收站的记录不是对象</translation>
    </message>
    <message>
        <source>it has too many emptied-trash records</source>
        <translation>清空回收站的记录太多</translation>
    </message>
    <message>
        <source>These notes name no document (neither a path nor a SHA-256).</source>
        <translation>这些笔记没有指明文档（既无路径也无 SHA-256）。</translation>
    </message>
    <message>
        <source>The notes index names one key for two documents; remove {path} and try again.</source>
        <translation>笔记索引中两个文档使用了同一个键；请删除 {path} 后重试。</translation>
    </message>
    <message>
        <source>A helper process ended before it finished ({how}); try again. If it happens again, the computer may be short of memory.</source>
        <translation>辅助进程在完成工作之前就结束了（{how}）；请重试。如果再次发生，可能是电脑内存不足。</translation>
    </message>
    <message>
        <source>Something went wrong in the background: {error}.</source>
        <translation>后台任务出错：{error}。</translation>
    </message>
    <message>
        <source>Could not save {path}: it exists and is not a regular file.</source>
        <translation>无法保存 {path}：它已存在，且不是普通文件。</translation>
    </message>
    <message>
        <source>Could not save {name}: the folder {folder} does not exist.</source>
        <translation>无法保存 {name}：文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}.</source>
        <translation>无法保存 {path}：{reason}。</translation>
    </message>
    <message>
        <source>Your notes file {path} cannot be read ({error}) and could not be moved aside ({reason}); fix or remove it.</source>
        <translation>无法读取你的笔记文件 {path}（{error}），也无法将其移到一旁（{reason}）；请修复或删除它。</translation>
    </message>
    <message>
        <source>Your vocabulary file {path} cannot be read ({error}) and could not be moved aside ({reason}); fix or remove it.</source>
        <translation>无法读取你的词汇文件 {path}（{error}），也无法将其移到一旁（{reason}）；请修复或删除它。</translation>
    </message>
    <message>
        <source>Your alias file {path} cannot be read ({error}) and could not be moved aside ({reason}); fix or remove it.</source>
        <translation>无法读取你的别名文件 {path}（{error}），也无法将其移到一旁（{reason}）；请修复或删除它。</translation>
    </message>
    <message>
        <source>Your sync point file {path} cannot be read ({error}) and could not be moved aside ({reason}); fix or remove it.</source>
        <translation>无法读取你的同步点文件 {path}（{error}），也无法将其移到一旁（{reason}）；请修复或删除它。</translation>
    </message>
    <message>
        <source>Your {label} file {path} cannot be read ({error}) and could not be moved aside ({reason}); fix or remove it.</source>
        <translation>无法读取你的 {label} 文件 {path}（{error}），也无法将其移到一旁（{reason}）；请修复或删除它。</translation>
    </message>
    <message>
        <source>{label} does not exist (looked for {path}).</source>
        <translation>{label} 不存在（查找位置：{path}）。</translation>
    </message>
    <message>
        <source>{label} cannot be read: permission denied.</source>
        <translation>无法读取 {label}：没有权限。</translation>
    </message>
    <message>
        <source>{label} is larger than {size} MB, the largest file Duidu opens.</source>
        <translation>{label} 大于 {size} MB，超出 Duidu 能打开的最大文件。</translation>
    </message>
    <message>
        <source>{label} cannot be opened: {reason}.</source>
        <translation>无法打开 {label}：{reason}。</translation>
    </message>
    <message>
        <source>{label} cannot be read: {reason}.</source>
        <translation>无法读取 {label}：{reason}。</translation>
    </message>
    <message>
        <source>{label} is empty.</source>
        <translation>{label} 是空的。</translation>
    </message>
    <message>
        <source>{label} is a folder, not a file.</source>
        <translation>{label} 是文件夹，不是文件。</translation>
    </message>
    <message>
        <source>OpenCC is not installed. Install it with: pip install opencc-py</source>
        <translation>未安装 OpenCC。请用以下命令安装：pip install opencc-py</translation>
    </message>
    <message>
        <source>The installed &apos;opencc&apos; module is none of opencc-py, opencc or opencc-python-reimplemented. Reinstall with: pip install --force-reinstall opencc-py</source>
        <translation>已安装的“opencc”模块不是 opencc-py、opencc 或 opencc-python-reimplemented 中的任何一个。请用以下命令重新安装：pip install --force-reinstall opencc-py</translation>
    </message>
    <message>
        <source>OpenCC has no configuration named “{config}”. Known: {known}.</source>
        <translation>OpenCC 没有名为“{config}”的配置。已知配置：{known}。</translation>
    </message>
    <message>
        <source>OpenCC could not load “{config}”: {error}.</source>
        <translation>OpenCC 无法加载“{config}”：{error}。</translation>
    </message>
    <message>
        <source>OpenCC changed the text length unexpectedly while mapping.</source>
        <translation>OpenCC 在映射时意外改变了文本长度。</translation>
    </message>
    <message>
        <source>an entry has no word</source>
        <translation>有一个条目没有词语</translation>
    </message>
    <message>
        <source>the entry for {word} has an invalid replacement</source>
        <translation>{word} 的条目的替换词无效</translation>
    </message>
    <message>
        <source>Your vocabulary file could not be read ({reason}). It was kept as {kept} and the default vocabulary is used.</source>
        <translation>无法读取你的词汇文件（{reason}）。该文件已保留为 {kept}，现在使用默认词汇。</translation>
    </message>
    <message>
        <source>it has no list of entries</source>
        <translation>其中没有条目列表</translation>
    </message>
    <message>
        <source>“{name}” is too long to compare ({count} characters; Duidu compares texts of up to {limit} characters).</source>
        <translation>“{name}”太长，无法对照（{count} 字；Duidu 可对照的文本最多 {limit} 字）。</translation>
    </message>
    <message>
        <source>Topics need the rjieba package, which is not installed (pip install rjieba).</source>
        <translation>主题分析需要 rjieba 软件包，但它没有安装（pip install rjieba）。</translation>
    </message>
</context>
<context>
    <name>NoteEdits</name>
    <message>
        <source>Add Annotation</source>
        <translation>添加批注</translation>
    </message>
    <message>
        <source>Edit Annotation</source>
        <translation>编辑批注</translation>
    </message>
    <message>
        <source>Delete Annotation</source>
        <translation>删除批注</translation>
    </message>
    <message>
        <source>Delete Annotations</source>
        <translation>删除多条批注</translation>
    </message>
    <message>
        <source>Restore from Trash</source>
        <translation>从回收站恢复</translation>
    </message>
    <message>
        <source>Delete for Good</source>
        <translation>永久删除</translation>
    </message>
    <message>
        <source>Select the passage in the left pane first, then re-attach.</source>
        <translation>请先在左栏中选择段落，再重新附加。</translation>
    </message>
    <message>
        <source>Select the passage in the right pane first, then re-attach.</source>
        <translation>请先在右栏中选择段落，再重新附加。</translation>
    </message>
    <message>
        <source>Re-attach Annotation</source>
        <translation>重新附加批注</translation>
    </message>
    <message>
        <source>Rename Tag to #{tag}</source>
        <translation>将标签重命名为 #{tag}</translation>
    </message>
    <message>
        <source>Recolour #{tag}</source>
        <translation>为 #{tag} 重新着色</translation>
    </message>
</context>
<context>
    <name>NotePointer</name>
    <message>
        <source>Links a passage of each article.</source>
        <translation>关联两篇文章中的各一段文字。</translation>
    </message>
    <message>
        <source>A highlight without a note. Click to add one.</source>
        <translation>此高亮没有笔记。点击即可添加。</translation>
    </message>
</context>
<context>
    <name>NoteTransfer</name>
    <message>
        <source>Select annotations in the panel first, then copy them.</source>
        <translation>请先在面板中选择批注，再复制。</translation>
    </message>
    <message>
        <source>Copied 1 annotation as Markdown.</source>
        <translation>已将 1 条批注复制为 Markdown。</translation>
    </message>
    <message>
        <source>Copied {count} annotations as Markdown.</source>
        <translation>已将 {count} 条批注复制为 Markdown。</translation>
    </message>
    <message>
        <source>The notes could not be exported to {path}: {error}</source>
        <translation>无法将笔记导出到 {path}：{error}</translation>
    </message>
    <message>
        <source>{name} was written without those notes.</source>
        <translation>已写入 {name}，但不含这些笔记。</translation>
    </message>
    <message>
        <source>Exported every annotation to {name}.</source>
        <translation>已将全部批注导出到 {name}。</translation>
    </message>
    <message>
        <source>The notes in {name} could not be imported: {error}</source>
        <translation>无法导入 {name} 中的笔记：{error}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>As the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <source>Script of the left pane</source>
        <translation>左栏的文字</translation>
    </message>
    <message>
        <source>Script of the right pane</source>
        <translation>右栏的文字</translation>
    </message>
    <message>
        <source>&amp;Left pane shows:</source>
        <translation>左栏显示(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Right pane shows:</source>
        <translation>右栏显示(&amp;R)：</translation>
    </message>
    <message>
        <source>Reading font</source>
        <translation>阅读字体</translation>
    </message>
    <message>
        <source>Reading font size</source>
        <translation>阅读字号</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <source>Reading &amp;font:</source>
        <translation>阅读字体(&amp;F)：</translation>
    </message>
    <message>
        <source>Line spacing</source>
        <translation>行距</translation>
    </message>
    <message>
        <source>Line &amp;spacing:</source>
        <translation>行距(&amp;S)：</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题配色</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>配色(&amp;T)：</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>The new language is used when Duidu starts again.</source>
        <translation>新语言将在 Duidu 下次启动时生效。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Highlight shared topics in both texts</source>
        <translation>在两篇文本中高亮共同主题(&amp;H)</translation>
    </message>
    <message>
        <source>Scroll both panes &amp;together</source>
        <translation>两栏一起滚动(&amp;T)</translation>
    </message>
    <message>
        <source>Clicking a paragraph scrolls the other pane to its &amp;counterpart</source>
        <translation>点击段落时另一栏滚动到其对应段落(&amp;C)</translation>
    </message>
    <message>
        <source>Show &amp;labels under the toolbar&apos;s icons</source>
        <translation>在工具栏图标下显示文字(&amp;L)</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <source>Your notes, aliases, vocabulary and settings are kept here; back it up to keep them.</source>
        <translation>你的笔记、别名、词汇和设置都保存在这里；请备份以免丢失。</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>打开文件夹(&amp;O)</translation>
    </message>
    <message>
        <source>Show the data folder in the file manager</source>
        <translation>在文件管理器中显示数据文件夹</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>数据文件夹(&amp;D)：</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>ReaderPane</name>
    <message>
        <source>Left pane header</source>
        <translation>左栏标题</translation>
    </message>
    <message>
        <source>Right pane header</source>
        <translation>右栏标题</translation>
    </message>
    <message>
        <source>Left pane</source>
        <translation>左栏</translation>
    </message>
    <message>
        <source>Right pane</source>
        <translation>右栏</translation>
    </message>
    <message>
        <source>Script and regional vocabulary shown in this pane</source>
        <translation>本栏显示的文字和地区用词</translation>
    </message>
    <message>
        <source>Script of the left text</source>
        <translation>左栏文本的文字</translation>
    </message>
    <message>
        <source>Script of the right text</source>
        <translation>右栏文本的文字</translation>
    </message>
    <message>
        <source>Conversion of the left text</source>
        <translation>左栏文本的转换</translation>
    </message>
    <message>
        <source>Conversion of the right text</source>
        <translation>右栏文本的转换</translation>
    </message>
    <message>
        <source>Left text</source>
        <translation>左栏文本</translation>
    </message>
    <message>
        <source>Right text</source>
        <translation>右栏文本</translation>
    </message>
    <message>
        <source>No document open</source>
        <translation>没有打开文档</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>正在打开 {name}…</translation>
    </message>
    <message>
        <source>detecting script…</source>
        <translation>正在检测文字…</translation>
    </message>
    <message>
        <source>{count} characters</source>
        <translation>{count} 字</translation>
    </message>
    <message>
        <source>{count} paragraphs</source>
        <translation>{count} 段</translation>
    </message>
    <message>
        <source>shown as {script}</source>
        <translation>显示为{script}</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <source>Open a file here: File ▸ Open, or drop a file on this pane.</source>
        <translation>在此打开文件：文件 ▸ 打开，或把文件拖放到本栏。</translation>
    </message>
</context>
<context>
    <name>Scripts</name>
    <message>
        <source>Original</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>简体 (mainland)</source>
        <translation>简体（大陆）</translation>
    </message>
    <message>
        <source>繁體 (OpenCC standard)</source>
        <translation>繁體（OpenCC 标准）</translation>
    </message>
    <message>
        <source>繁體·臺灣</source>
        <translation>繁體·臺灣</translation>
    </message>
    <message>
        <source>繁體·臺灣用詞</source>
        <translation>繁體·臺灣用詞</translation>
    </message>
    <message>
        <source>繁體·香港</source>
        <translation>繁體·香港</translation>
    </message>
    <message>
        <source>简体 Simplified</source>
        <translation>简体</translation>
    </message>
    <message>
        <source>繁體 Traditional</source>
        <translation>繁体</translation>
    </message>
    <message>
        <source>Mixed scripts</source>
        <translation>繁简混合</translation>
    </message>
    <message>
        <source>No Chinese script detected</source>
        <translation>未检测到中文</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Filter commands or keys</source>
        <translation>筛选命令或按键</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>筛选快捷键</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Columns of the shortcuts</source>
        <translation>快捷键的列</translation>
    </message>
    <message>
        <source>Rows of the shortcuts</source>
        <translation>快捷键的行</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
</context>
<context>
    <name>TagManager</name>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Merge Selected…</source>
        <translation>合并所选(&amp;M)…</translation>
    </message>
    <message>
        <source>Re&amp;colour…</source>
        <translation>重新着色(&amp;C)…</translation>
    </message>
    <message>
        <source>Rename the selected tag (select one)</source>
        <translation>重命名所选标签（选择一个）</translation>
    </message>
    <message>
        <source>Merge the selected tags into one (select two or more)</source>
        <translation>将所选标签合并为一个（选择两个或更多）</translation>
    </message>
    <message>
        <source>Give every annotation with the selected tags one colour</source>
        <translation>将带有所选标签的所有批注设为同一颜色</translation>
    </message>
    <message>
        <source>Renaming a tag to one that exists merges them. Undo works here too.</source>
        <translation>将标签重命名为已有的标签会合并它们。此处的操作同样可以撤销。</translation>
    </message>
    <message>
        <source>Rename Tag</source>
        <translation>重命名标签</translation>
    </message>
    <message>
        <source>New name for #{tag}:</source>
        <translation>#{tag} 的新名称：</translation>
    </message>
    <message>
        <source>Merge Tags</source>
        <translation>合并标签</translation>
    </message>
    <message>
        <source>Merge into:</source>
        <translation>合并为：</translation>
    </message>
    <message>
        <source>Recolour</source>
        <translation>重新着色</translation>
    </message>
    <message>
        <source>Colour for every annotation with these tags:</source>
        <translation>带有这些标签的所有批注的颜色：</translation>
    </message>
</context>
<context>
    <name>TopicModel</name>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>左栏</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>右栏</translation>
    </message>
    <message>
        <source>Left ◀ ▶ Right</source>
        <translation>左栏 ◀ ▶ 右栏</translation>
    </message>
</context>
<context>
    <name>TopicsPanel</name>
    <message>
        <source>entity</source>
        <translation>实体</translation>
    </message>
    <message>
        <source>concept</source>
        <translation>概念</translation>
    </message>
    <message>
        <source>{term} ({kind}): {left} in the left article, {right} in the right.</source>
        <translation>{term}（{kind}）：左栏文章中 {left} 次，右栏文章中 {right} 次。</translation>
    </message>
    <message>
        <source>Left writes: {forms}</source>
        <translation>左栏写作：{forms}</translation>
    </message>
    <message>
        <source>Right writes: {forms}</source>
        <translation>右栏写作：{forms}</translation>
    </message>
    <message>
        <source>Click to step through its occurrences.</source>
        <translation>点击可逐个查看它出现的位置。</translation>
    </message>
    <message>
        <source>Topics appear once both articles are open.</source>
        <translation>两篇文章都打开后，这里会列出主题。</translation>
    </message>
    <message>
        <source>Finding the topics</source>
        <translation>正在查找主题</translation>
    </message>
    <message>
        <source>Highlight topics in both texts</source>
        <translation>在两篇文本中高亮主题</translation>
    </message>
    <message>
        <source>Mark shared wording</source>
        <translation>标出相同措辞</translation>
    </message>
    <message>
        <source>Topic lists</source>
        <translation>主题列表</translation>
    </message>
    <message>
        <source>Shared topics</source>
        <translation>共同主题</translation>
    </message>
    <message>
        <source>Topics both articles discuss, most telling first; Enter steps through one in both texts</source>
        <translation>两篇文章都讨论的主题，最具代表性的排在前面；按 Enter 在两篇文本中逐个查看</translation>
    </message>
    <message>
        <source>Columns of shared topics</source>
        <translation>共同主题的列</translation>
    </message>
    <message>
        <source>Left only</source>
        <translation>仅左栏</translation>
    </message>
    <message>
        <source>Topics only the left article discusses; Enter steps through one in both texts</source>
        <translation>只有左栏文章讨论的主题；按 Enter 在两篇文本中逐个查看</translation>
    </message>
    <message>
        <source>Columns of left only</source>
        <translation>仅左栏主题的列</translation>
    </message>
    <message>
        <source>Right only</source>
        <translation>仅右栏</translation>
    </message>
    <message>
        <source>Topics only the right article discusses; Enter steps through one in both texts</source>
        <translation>只有右栏文章讨论的主题；按 Enter 在两篇文本中逐个查看</translation>
    </message>
    <message>
        <source>Columns of right only</source>
        <translation>仅右栏主题的列</translation>
    </message>
    <message>
        <source>Rows of topics</source>
        <translation>主题列表的行</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>共同</translation>
    </message>
    <message>
        <source>Written forms of the current topic</source>
        <translation>当前主题的写法</translation>
    </message>
    <message>
        <source>Current occurrence of the topic</source>
        <translation>主题当前所在的位置</translation>
    </message>
    <message>
        <source>Left {current} of {total}</source>
        <translation>左栏 {current}/{total}</translation>
    </message>
    <message>
        <source>Left none</source>
        <translation>左栏 无</translation>
    </message>
    <message>
        <source>Right {current} of {total}</source>
        <translation>右栏 {current}/{total}</translation>
    </message>
    <message>
        <source>Right none</source>
        <translation>右栏 无</translation>
    </message>
    <message>
        <source>{term}: {positions}</source>
        <translation>{term}：{positions}</translation>
    </message>
    <message>
        <source>{term}: {forms}</source>
        <translation>{term}：{forms}</translation>
    </message>
    <message>
        <source>Shared ({count})</source>
        <translation>共同（{count}）</translation>
    </message>
    <message>
        <source>Left only ({count})</source>
        <translation>仅左栏（{count}）</translation>
    </message>
    <message>
        <source>Right only ({count})</source>
        <translation>仅右栏（{count}）</translation>
    </message>
    <message>
        <source>{shared} shared topics, {aligned} aligned paragraph pairs, {wording} passages of shared wording. Click a topic to step through it in both texts.</source>
        <translation>{shared} 个共同主题，{aligned} 对对应段落，{wording} 处相同措辞。点击主题即可在两篇文本中逐个查看。</translation>
    </message>
</context>
<context>
    <name>VocabularyDialog</name>
    <message>
        <source>Every script</source>
        <translation>所有文字</translation>
    </message>
    <message>
        <source>Every Traditional script</source>
        <translation>所有繁体文字</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>词汇</translation>
    </message>
    <message>
        <source>Words OpenCC converts wrongly in your texts. A word with nothing under “Shown as” is kept exactly as written; otherwise it is shown as you say. Longer words win over shorter ones.</source>
        <translation>OpenCC 在你的文本中转换错误的词语。“显示为”一栏留空的词语完全按原样保留；否则按你填写的内容显示。较长的词语优先于较短的词语。</translation>
    </message>
    <message>
        <source>Vocabulary entries</source>
        <translation>词汇条目</translation>
    </message>
    <message>
        <source>Columns of the vocabulary</source>
        <translation>词汇的列</translation>
    </message>
    <message>
        <source>Rows of the vocabulary</source>
        <translation>词汇的行</translation>
    </message>
    <message>
        <source>Word in the text</source>
        <translation>文本中的词语</translation>
    </message>
    <message>
        <source>Shown as</source>
        <translation>显示为</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>适用于</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <source>“{word}” spans lines; entries must be one line.</source>
        <translation>“{word}”跨越多行；每个条目必须在一行之内。</translation>
    </message>
</context>
<context>
    <name>WelcomeBar</name>
    <message>
        <source>&lt;b&gt;Welcome to Duidu 对读.&lt;/b&gt; Two articles on one story are open, one in Traditional and one in Simplified script. Three things to try:&lt;ol style=&apos;margin-top:2px; margin-bottom:0&apos;&gt;&lt;li&gt;&lt;b&gt;Switch script&lt;/b&gt;: each pane&apos;s menu above its text converts it (简体, 繁體, 臺灣, 香港); Ctrl+Alt+1 shows both in 简体.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Topics&lt;/b&gt;: the Topics panel lists what both articles discuss; click one to step through it in both texts.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Annotate&lt;/b&gt;: select words and press Ctrl+M to add a note and tags.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;b&gt;欢迎使用 Duidu 对读。&lt;/b&gt;已打开讲述同一件事的两篇文章，一篇是繁体，一篇是简体。可以试试这三件事：&lt;ol style=&apos;margin-top:2px; margin-bottom:0&apos;&gt;&lt;li&gt;&lt;b&gt;切换文字&lt;/b&gt;：每栏文本上方的菜单可转换该栏的文字（简体、繁體、臺灣、香港）；Ctrl+Alt+1 将两栏都显示为简体。&lt;/li&gt;&lt;li&gt;&lt;b&gt;主题&lt;/b&gt;：主题面板列出两篇文章共同讨论的内容；点击一个主题，即可在两篇文本中逐个查看。&lt;/li&gt;&lt;li&gt;&lt;b&gt;批注&lt;/b&gt;：选中文字后按 Ctrl+M，即可添加笔记和标签。&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <source>Three things to try in Duidu; Got it hides it for good</source>
        <translation>Duidu 中值得一试的三件事；点击“知道了”后不再显示</translation>
    </message>
    <message>
        <source>Show Both in 简体</source>
        <translation>两栏都显示为简体</translation>
    </message>
    <message>
        <source>Convert both panes to Simplified (Ctrl+Alt+1)</source>
        <translation>将两栏都转换为简体（Ctrl+Alt+1）</translation>
    </message>
    <message>
        <source>Show Topics</source>
        <translation>显示主题</translation>
    </message>
    <message>
        <source>Bring the Topics panel to the front (Ctrl+T)</source>
        <translation>将主题面板切换到前面（Ctrl+T）</translation>
    </message>
    <message>
        <source>Got It</source>
        <translation>知道了</translation>
    </message>
    <message>
        <source>Hide this welcome for good</source>
        <translation>不再显示此欢迎信息</translation>
    </message>
</context>
</TS>
