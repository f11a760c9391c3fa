from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'source.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_m = missing
    pass
    parent_template = environment.get_template('page.html', 'source.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_m = context.vars['m'] = environment.get_template('macros.html', 'source.html').make_module(context.get_all(), True, {'m': l_0_m})
    context.exported_vars.discard('m')
    yield from parent_template.root_render_func(context)

def block_body(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_subject = resolve('subject')
    l_0_m = resolve('m')
    l_0_tr = resolve('tr')
    l_0_source_kind_labels = resolve('source_kind_labels')
    l_0_cited_for = resolve('cited_for')
    l_0_source = l_0_url = missing
    pass
    l_0_source = environment.getattr((undefined(name='subject') if l_0_subject is missing else l_0_subject), 'entity')
    _block_vars['source'] = l_0_source
    l_1_private_url = resolve('private_url')
    l_1_copy_scheme = resolve('copy_scheme')
    t_1 = []
    pass
    if environment.getattr((undefined(name='source') if l_0_source is missing else l_0_source), 'url'):
        pass
        t_1.extend((
            "<span class='url'>",
            escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='source') if l_0_source is missing else l_0_source), 'url'))),
            "</span> &nbsp;<a href='",
            escape(environment.finalize(context.eval_ctx, context.call((undefined(name='private_url') if l_1_private_url is missing else l_1_private_url), (undefined(name='copy_scheme') if l_1_copy_scheme is missing else l_1_copy_scheme), environment.getattr((undefined(name='source') if l_0_source is missing else l_0_source), 'id')))),
            "'>[",
            escape(environment.finalize(context.eval_ctx, context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'Copy URL'))),
            ']</a>',
        ))
    l_0_url = (Markup if context.eval_ctx.autoescape else identity)(concat(t_1))
    _block_vars['url'] = l_0_url
    l_1_private_url = l_1_copy_scheme = missing
    yield '<h1>'
    yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='source') if l_0_source is missing else l_0_source), 'title')))
    yield '</h1>'
    yield escape(environment.finalize(context.eval_ctx, context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'facts'), [(context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'Author', _block_vars=_block_vars), environment.getattr((undefined(name='source') if l_0_source is missing else l_0_source), 'author')), (context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'Publisher', _block_vars=_block_vars), environment.getattr((undefined(name='source') if l_0_source is missing else l_0_source), 'publisher')), (context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'Published', _block_vars=_block_vars), environment.getattr((undefined(name='source') if l_0_source is missing else l_0_source), 'published')), (context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'URL', _block_vars=_block_vars), (undefined(name='url') if l_0_url is missing else l_0_url)), (context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'Kind', _block_vars=_block_vars), context.call(environment.getattr((undefined(name='source_kind_labels') if l_0_source_kind_labels is missing else l_0_source_kind_labels), 'get'), environment.getattr((undefined(name='source') if l_0_source is missing else l_0_source), 'kind'), context.call(environment.getattr(environment.getattr((undefined(name='source') if l_0_source is missing else l_0_source), 'kind'), 'capitalize'), _block_vars=_block_vars), _block_vars=_block_vars)), (context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'Accessed', _block_vars=_block_vars), environment.getattr((undefined(name='source') if l_0_source is missing else l_0_source), 'accessed'))], _block_vars=_block_vars)))
    if environment.getattr((undefined(name='source') if l_0_source is missing else l_0_source), 'note'):
        pass
        yield "<p class='note'>"
        yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='source') if l_0_source is missing else l_0_source), 'note')))
        yield '</p>'
    yield "<p class='note'>"
    yield escape(environment.finalize(context.eval_ctx, context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'Web addresses are shown as text only; this application never opens them.', _block_vars=_block_vars)))
    yield '</p>'
    yield escape(environment.finalize(context.eval_ctx, context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'links'), context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'Cited for', _block_vars=_block_vars), context.call((undefined(name='cited_for') if l_0_cited_for is missing else l_0_cited_for), (undefined(name='subject') if l_0_subject is missing else l_0_subject), _block_vars=_block_vars), _block_vars=_block_vars)))

blocks = {'body': block_body}
debug_info = '2=13&3=16&4=20&5=34&7=40&8=44&6=51&11=55&12=57&20=58&21=64&22=66'